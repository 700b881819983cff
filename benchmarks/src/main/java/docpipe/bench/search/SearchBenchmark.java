package docpipe.bench.search;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import docpipe.events.Annotations;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.EntityType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import docpipe.pipeline.StartedFromMain;
import docpipe.query.QueryServiceApplication;
import docpipe.query.search.SearchIndex;
import docpipe.query.store.ReadModel;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Search latency over a corpus of at least 100,000 paragraphs, made by replicating and varying four real
 * UN documents (two Chinese, two English) and writing them through the service's own store path and into its
 * search index the way the index's feed writes a batch ({@code SearchIndex.apply}, then {@code awaitSearchable},
 * the wait behind STORED). Runs the whole service (HTTP, JSON, the store on mongo-java-server's memory backend; its
 * Kafka listeners not started) and times each query shape over HTTP. Not a test: run it by hand (see
 * benchmarks/README.md); the harness's {@code query} part is the measured one.
 *
 * <p>Arguments: {@code [paragraphs (100000)] [iterations per query (100)] [--spring.property=value ...]}.
 */
public final class SearchBenchmark {

    private static final Pattern ITEM_START = Pattern.compile(
            "^(\\d+\\.|[一二三四五六七八九十]+\\.|[A-Z]\\.|\\([a-z]\\)|#+)\\s*.*");
    private static final String[] SOURCES = {"A-79-837.zh.txt", "A-RES-79-319.zh.txt", "A-RES-76-270.en.txt",
            "A-RES-74-304.en.txt"};
    private static final String[] QUERIES = {
            "q=妇女",
            "q=妇女&facets=false",
            "q=parliament",
            "q=妇女&theme=gender-equality&language=zh",
            "q=议会&type=RESOLUTION&dateFrom=2020-01-01",
            "theme=gender-equality&entity=org:UNDP",
    };

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<Rule> rules = rules();
        List<Base> bases = new ArrayList<>();
        for (String source : SOURCES) {
            bases.add(new Base(source, paragraphs(read("/corpus/" + source))));
        }

        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        List<String> springArgs = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false",
                "--spring.kafka.admin.fail-fast=false",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                "--logging.level.root=WARN"));
        springArgs.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        ConfigurableApplicationContext context = StartedFromMain.run(QueryServiceApplication::main, springArgs.toArray(String[]::new));
        try {
            ReadModel readModel = context.getBean(ReadModel.class);
            SearchIndex index = context.getBean(SearchIndex.class);
            int port = context.getEnvironment().getProperty("local.server.port", Integer.class);
            long start = System.nanoTime();
            int paragraphs = 0;
            int documents = 0;
            DocumentEnriched event = null;
            for (int replica = 0; paragraphs < target; replica++) {
                Base base = bases.get(replica % bases.size());
                event = vary(base, replica, rules);
                readModel.store(event);
                index.apply(List.of(event), Map.of());
                paragraphs += event.paragraphs().size();
                documents++;
            }
            if (!index.awaitSearchable(event.documentId().value(), event.enrichedAt(), Duration.ofMinutes(1))) {
                throw new IllegalStateException("the index did not make the last document searchable");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "stored %d documents, %d paragraphs in %.1f s (%.0f paragraphs/s)%n",
                    documents, paragraphs, seconds, paragraphs / seconds);

            HttpClient http = HttpClient.newHttpClient();
            System.out.println("| query | hits | p50 ms | p90 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (String query : QUERIES) {
                String path = "/api/search?" + encode(query);
                for (int i = 0; i < 3; i++) {
                    get(http, port, path);
                }
                long[] nanos = new long[iterations];
                String body = "";
                for (int i = 0; i < iterations; i++) {
                    long t = System.nanoTime();
                    body = get(http, port, path);
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                String total = body.replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1");
                System.out.printf(Locale.ROOT, "| `%s` | %s | %.1f | %.1f | %.1f | %.1f |%n", query, total,
                        ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
            }
        } finally {
            context.close();
            mongo.shutdownNow();
        }
    }

    private record Base(String name, List<String> paragraphs) {
    }

    private record Rule(String keyword, String kind, String id, String type, String name) {
    }

    /** A replica of a real document: its own id, symbol and date, some paragraphs left out, years shifted. */
    private static DocumentEnriched vary(Base base, int replica, List<Rule> rules) throws Exception {
        boolean zh = base.name().contains(".zh.");
        boolean resolution = base.name().contains("RES");
        int session = 60 + replica % 20;
        String symbol = resolution ? "A/RES/" + session + "/" + (100 + replica) : "A/" + session + "/" + (800 + replica);
        LocalDate date = LocalDate.of(2005 + replica % 21, 1 + replica % 12, 1 + replica % 28);
        List<EnrichedParagraph> paragraphs = new ArrayList<>();
        int skip = 3 + replica % 7;
        for (int i = 0; i < base.paragraphs().size(); i++) {
            if (i % skip == skip - 1) {
                continue;
            }
            String text = base.paragraphs().get(i).replace("2024", String.valueOf(date.getYear()));
            ParsedDocument.Paragraph p = new ParsedDocument.Paragraph(paragraphs.size(), null, ParagraphKind.PARAGRAPH,
                    resolution ? ParagraphRole.OPERATIVE : null, List.of(), text, 1 + i / 8, List.of());
            paragraphs.add(new EnrichedParagraph(p, tag(text, rules)));
        }
        DocumentId id = DocumentId.fromSha256(MessageDigest.getInstance("SHA-256")
                .digest((base.name() + replica).getBytes(StandardCharsets.UTF_8)));
        ParsedDocument.Metadata metadata = new ParsedDocument.Metadata(symbol, base.name(), zh ? "zh" : "en",
                resolution ? DocumentType.RESOLUTION : DocumentType.REPORT, date.toString(), String.valueOf(session), "126", List.of("126"), null);
        Instant at = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(replica);
        return new DocumentEnriched(id, base.name(), at, at.plusSeconds(5), metadata, paragraphs, List.of(), "bench", "bench");
    }

    private static Annotations tag(String text, List<Rule> rules) {
        List<Annotations.ThemeTag> themes = new ArrayList<>();
        List<Annotations.SdgTag> sdgs = new ArrayList<>();
        List<Annotations.EntityMention> entities = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            int at = lower.indexOf(rule.keyword().toLowerCase(Locale.ROOT));
            if (at < 0) {
                continue;
            }
            switch (rule.kind()) {
                case "theme" -> {
                    if (themes.stream().noneMatch(t -> t.id().equals(rule.id()))) {
                        themes.add(new Annotations.ThemeTag(rule.id(), 0.7, List.of(rule.keyword())));
                    }
                }
                case "sdg" -> {
                    int goal = Integer.parseInt(rule.id());
                    if (sdgs.stream().noneMatch(s -> s.goal() == goal)) {
                        sdgs.add(new Annotations.SdgTag(goal, 0.6, List.of(rule.keyword())));
                    }
                }
                default -> entities.add(new Annotations.EntityMention(rule.id(), EntityType.fromName(rule.type()),
                        text.substring(at, at + rule.keyword().length()), rule.name(), at, at + rule.keyword().length()));
            }
        }
        return new Annotations(themes, sdgs, entities);
    }

    /** Lines joined into paragraphs: a new one where an item number or heading starts or a sentence ended. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String previous = current.toString();
            boolean ended = previous.endsWith("。") || previous.endsWith("；") || previous.endsWith(";")
                    || previous.endsWith(".") || previous.endsWith("，") && line.length() < 60;
            if (current.length() > 0 && (ended || ITEM_START.matcher(line).matches())) {
                out.add(previous);
                current.setLength(0);
            }
            boolean cjk = !previous.isEmpty() && previous.codePointAt(previous.length() - 1) > 0x2E80;
            current.append(current.length() == 0 || cjk ? "" : " ").append(line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out.stream().filter(p -> p.length() >= 10).toList();
    }

    private static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (String line : read("/corpus/tags.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            rules.add(new Rule(f[0], f[1], f[2], f.length > 3 ? f[3] : null, f.length > 4 ? f[4] : null));
        }
        return rules;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (char c : query.toCharArray()) {
            out.append(c > 127 ? java.net.URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
