package docpipe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The Markdown report the harness writes, section by section. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    String text() {
        return text.toString();
    }

    void section(String title) {
        text.append("\n## ").append(title).append("\n\n");
    }

    void line(String line) {
        text.append(line).append('\n');
    }

    void header(Path root, Path work) {
        text.append("# docpipe benchmark report (generated)\n\n");
        text.append("| | |\n|---|---|\n");
        text.append("| date | ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
        text.append("| git commit | ").append(git(root, "rev-parse", "HEAD")).append(git(root, "status", "--porcelain").isBlank()
                ? "" : " (with uncommitted changes in the working tree)").append(" |\n");
        text.append("| machine | ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs (nproc), ")
                .append(cpuModel()).append(", ").append(memTotal()).append(" memory |\n");
        text.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n");
        text.append("| load average at start (1, 5, 15 min) | ").append(Arrays.toString(loadAverage())).append(" |\n");
        text.append("| work directory | ").append(work).append(" |\n");
    }

    void footer() {
        text.append("\nLoad average at the end (1, 5, 15 min): ").append(Arrays.toString(loadAverage())).append(".\n");
    }

    /** The targets of issue 8 (and issue 5's query target) against the figures of this run. */
    void targets(Map<String, Object> f) {
        section("Targets (issue 8, issue 5)");
        line("| target | figure | met? |");
        line("|---|---|---|");
        Double ratio = (Double) f.get("stack.ratio");
        row("whole pipeline ≥ 0.7× its in-process floor (documents/s)", ratio == null ? null : Stats.fmt(ratio, 2) + "×",
                ratio == null ? null : ratio >= 0.7);
        Double enrich = (Double) f.get("floors." + Corpus.REPORT_PDF + ".enrichOverFoldScan");
        Double enrichScan = (Double) f.get("floors." + Corpus.REPORT_PDF + ".enrichOverScan");
        row("enrich within 2× the Aho-Corasick floor (report PDF; over fold+scan / over the bare scan)",
                enrich == null ? null : Stats.fmt(enrich, 1) + "× / " + Stats.fmt(enrichScan, 1) + "×", enrich == null ? null : enrich <= 2);
        Double p50 = (Double) f.get("stack.low.p50"), p99 = (Double) f.get("stack.low.p99");
        row("drop-to-STORED of the report at a low rate: p50 < 300 ms", p50 == null ? null : Stats.fmt(p50, 0) + " ms", p50 == null ? null : p50 < 300);
        row("drop-to-STORED of the report at a low rate: p99 < 1 s", p99 == null ? null : Stats.fmt(p99, 0) + " ms", p99 == null ? null : p99 < 1000);
        Double s100 = (Double) f.get("scaling.100");
        row("100× the text ≤ 110× the time", s100 == null ? null : Stats.fmt(s100, 1) + "×", s100 == null ? null : s100 <= 110);
        Double rss = (Double) f.get("stack.rss"), peak = (Double) f.get("stack.rssPeak");
        row("six processes < 2.5 GB resident (after the runs / peak)", rss == null ? null : Stats.fmt(rss, 0) + " MB / " + Stats.fmt(peak, 0) + " MB",
                rss == null ? null : peak < 2500);
        double worst = Double.NaN;
        String worstName = null;
        for (var e : f.entrySet()) {
            if (e.getKey().startsWith("query.") && e.getKey().endsWith(".p99")) {
                String[] parts = e.getKey().split("\\.", 3);
                if (Long.parseLong(parts[1]) >= 100_000 && (Double.isNaN(worst) || (Double) e.getValue() > worst)) {
                    worst = (Double) e.getValue();
                    worstName = parts[2].substring(0, parts[2].length() - 4);
                }
            }
        }
        row("search p99 < 50 ms at ≥ 100k paragraphs (worst query shape)", worstName == null ? null
                : Stats.fmt(worst, 1) + " ms (" + worstName + ")", worstName == null ? null : worst < 50);
    }

    private void row(String target, String figure, Boolean met) {
        line("| " + target + " | " + (figure == null ? "not measured in this run" : figure) + " | "
                + (met == null ? "–" : met ? "yes" : "**no**") + " |");
    }

    static double[] loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException e) {
            return new double[0];
        }
    }

    /** Which processes of the data directory's pid files still run. */
    static String leftovers(Path dataDir) {
        List<String> alive = new ArrayList<>();
        for (String name : StackRun.PROCESSES) {
            Path file = dataDir.resolve("run").resolve(name + ".pid");
            try {
                if (Files.exists(file)) {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        alive.add(name + " (" + pid + ")");
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // a pid file being removed as we read it
            }
        }
        return alive.isEmpty() ? "no process of the stack is left." : "still running: " + String.join(", ", alive) + ".";
    }

    private static String git(Path root, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return out;
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Stats.fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " GiB")
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
