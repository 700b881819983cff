package docpipe.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A summary of a JFR recording's execution samples: where the CPU went, by top frame and by library. */
final class Profiles {

    /** Libraries a sample is counted against when any frame of its stack is in them. */
    static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("docpipe code", List.of("docpipe."));
        AREAS.put("Kafka client/broker", List.of("org.apache.kafka.", "kafka."));
        AREAS.put("Jackson (JSON)", List.of("tools.jackson.", "com.fasterxml.jackson."));
        AREAS.put("MongoDB driver / BSON", List.of("com.mongodb.", "org.bson."));
        AREAS.put("mongo-java-server / H2", List.of("de.bwaldvogel.", "org.h2."));
        AREAS.put("Tika / PDFBox / POI", List.of("org.apache.tika.", "org.apache.pdfbox.", "org.apache.fontbox.", "org.apache.poi."));
        AREAS.put("HanLP", List.of("com.hankcs."));
        AREAS.put("java.util.regex", List.of("java.util.regex."));
        AREAS.put("compression (lz4/zstd/snappy/gzip)", List.of("net.jpountz.", "com.github.luben.", "org.xerial.snappy.", "java.util.zip."));
        AREAS.put("Spring / Tomcat", List.of("org.springframework.", "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."));
    }

    record Summary(int samples, Map<String, Integer> topFrames, Map<String, Integer> areas) {
    }

    static Summary summarize(Path jfr, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> areas = new LinkedHashMap<>();
        AREAS.keySet().forEach(a -> areas.put(a, 0));
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame topFrame = stack.getFrames().get(0);
            self.merge(name(topFrame), 1, Integer::sum);
            Set<String> hit = new TreeSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                AREAS.forEach((area, prefixes) -> {
                    if (prefixes.stream().anyMatch(type::startsWith)) {
                        hit.add(area);
                    }
                });
            }
            hit.forEach(a -> areas.merge(a, 1, Integer::sum));
        }
        Map<String, Integer> topFrames = self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new Summary(samples, topFrames, areas);
    }

    /** Samples whose stack has a method of a class starting with {@code prefix}, by method (inclusive), most first. */
    static Map<String, Integer> inclusive(Path jfr, String prefix, int top) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            Set<String> seen = new TreeSet<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                if (frame.getMethod().getType().getName().startsWith(prefix)) {
                    seen.add(name(frame));
                }
            }
            seen.forEach(m -> counts.merge(m, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Prints the summary of each recording given: {@code java -cp … docpipe.bench.Profiles a.jfr b.jfr}; with
     * {@code --inclusive PREFIX} first, the methods of classes under PREFIX by inclusive samples instead.
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 2 && args[0].equals("--inclusive")) {
            for (int i = 2; i < args.length; i++) {
                System.out.println("## " + args[i] + ": methods of " + args[1] + "*, inclusive samples");
                inclusive(Path.of(args[i]), args[1], 25).forEach((m, n) -> System.out.printf("  %6d  %s%n", n, m));
            }
            return;
        }
        for (String file : args) {
            Summary summary = summarize(Path.of(file), 12);
            System.out.println("## " + file + " (" + summary.samples() + " samples)");
            summary.areas().forEach((area, n) -> System.out.printf("  area %-40s %5.1f%%%n", area, 100.0 * n / Math.max(1, summary.samples())));
            summary.topFrames().forEach((frame, n) -> System.out.printf("  top  %-90s %5.1f%%%n", frame, 100.0 * n / Math.max(1, summary.samples())));
        }
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }
}
