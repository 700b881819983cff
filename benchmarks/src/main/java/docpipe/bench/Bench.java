package docpipe.bench;

import org.bson.Document;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs every benchmark and writes the report: {@code ./benchmarks/bench} (see benchmarks/README.md).
 *
 * <pre>
 * --parts floors,inprocess,scaling,query,stack   which parts (default: these; "structure", the structure report
 *                                                of issue 13, and "relevance", the judged query set of the
 *                                                search, run only when named)
 * --out FILE                                     the report (default benchmarks/target/benchmarks-report.md)
 * --docs N          documents of the saturation run (default 2000)     --runs N   saturation runs (default 1)
 * --low-rate-docs N documents of the low-rate run (default 60)         --rate R   documents/s (default 1)
 * --paragraphs A,B  read model sizes of the query benchmark (default 10000,100000)
 * --rounds N        rounds of the in-process floor (default 3)
 * --query-seconds S --query-min N    time and least requests per query shape and size (default 20 and 20)
 * --query-warmup N  requests before each shape is timed (default 3)
 * --skip-saturation only the low-rate run of the stack part
 * --saturation-minutes M             time limit of a saturation run from its first upload (default 30)
 * --jmh-warmup N --jmh-iterations N   JMH iterations of 1 s (default 3 and 5)
 * --use-running-stack DATA_DIR        measure the stack already running from DATA_DIR instead of starting one
 * --no-profile      no JFR recordings during the saturation run
 * </pre>
 */
public final class Bench {

    private final Map<String, String> options;
    private final Path root;
    private final Path out;
    private final Path work;
    private final Report report = new Report();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private Bench(Map<String, String> options) throws Exception {
        this.options = options;
        this.root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        this.out = Path.of(options.getOrDefault("out", root.resolve("benchmarks/target/benchmarks-report.md").toString()));
        this.work = Files.createTempDirectory("docpipe-bench-");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        new Bench(options).run();
        System.exit(0);
    }

    private int integer(String key, int fallback) {
        return Integer.parseInt(options.getOrDefault(key, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(options.getOrDefault("parts",
                "floors,inprocess,scaling,query,stack").split(",")));
        report.header(root, work);
        log("work directory " + work + "; parts " + parts);
        if (parts.contains("floors")) {
            guarded("floors", this::floors);
        }
        if (parts.contains("inprocess") || parts.contains("scaling") || parts.contains("query")) {
            guarded("in-process", () -> inProcess(parts));
        }
        if (parts.contains("relevance")) {
            guarded("relevance", this::relevance);
        }
        if (parts.contains("stack")) {
            guarded("stack", this::stack);
        }
        if (parts.contains("structure")) {
            guarded("structure", () -> {
                report.section("Structure of the development corpus (issue 13)");
                new docpipe.bench.structure.StructureReport(root).write(report::line);
            });
        }
        report.targets(figures);
        report.footer();
        write();
        log("report written to " + out);
    }

    interface Part {
        void run() throws Exception;
    }

    private void guarded(String name, Part part) {
        try {
            part.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            report.line("**The " + name + " part failed:** `" + e + "`\n");
        }
        write();
    }

    private void write() {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.text(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void log(String message) {
        System.out.println(Instant.now().toString().substring(11, 19) + " bench: " + message);
    }

    // ---------------------------------------------------------------- floors (JMH)

    private void floors() throws Exception {
        log("JMH floors");
        var opts = new OptionsBuilder().include(FloorBenchmarks.class.getName() + "\\.")
                .forks(1).warmupIterations(integer("jmh-warmup", 3)).warmupTime(TimeValue.seconds(1))
                .measurementIterations(integer("jmh-iterations", 5)).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xmx1g", "-XX:+UseParallelGC").shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Map<String, Statistics>> byFile = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            byFile.computeIfAbsent(r.getParams().getParam("file"), f -> new LinkedHashMap<>())
                    .put(benchmark, r.getPrimaryResult().getStatistics());
        }
        report.section("Floors: each stage against the least work it must do (JMH)");
        report.line("JMH 1.37, 1 fork (`-Xmx1g -XX:+UseParallelGC`, C2), " + integer("jmh-warmup", 3) + " warm-up and "
                + integer("jmh-iterations", 5) + " measured iterations of 1 s; average time per document, ms, mean ± "
                + "standard deviation over the measured iterations.\n");
        report.line("| file | raw Tika (floor) | parse stage | parse / floor | Aho-Corasick scan (floor) | fold + scan | enrich stage | enrich / scan | enrich / (fold + scan) |");
        report.line("|---|---|---|---|---|---|---|---|---|");
        for (var e : byFile.entrySet()) {
            Map<String, Statistics> s = e.getValue();
            double tika = mean(s, "tikaRaw"), parse = mean(s, "parse"), scan = mean(s, "ahoCorasickScan"),
                    foldScan = mean(s, "normalizeAndScan"), enrich = mean(s, "enrich");
            report.line("| " + e.getKey() + " | " + ms(s.get("tikaRaw")) + " | " + ms(s.get("parse")) + " | "
                    + Stats.fmt(parse / tika, 2) + "× | " + ms(s.get("ahoCorasickScan")) + " | " + ms(s.get("normalizeAndScan"))
                    + " | " + ms(s.get("enrich")) + " | " + Stats.fmt(enrich / scan, 1) + "× | " + Stats.fmt(enrich / foldScan, 1) + "× |");
            figures.put("floors." + e.getKey() + ".parseRatio", parse / tika);
            figures.put("floors." + e.getKey() + ".enrichOverScan", enrich / scan);
            figures.put("floors." + e.getKey() + ".enrichOverFoldScan", enrich / foldScan);
            figures.put("floors." + e.getKey() + ".enrichMs", enrich);
        }
        report.line("\nDictionary of the floor scan: " + new Dictionary().size() + " folded forms (gazetteer, CLDR country "
                + "names in the six languages, ambiguous forms, stop phrases, taxonomy terms).\n");
    }

    private static double mean(Map<String, Statistics> s, String benchmark) {
        Statistics st = s.get(benchmark);
        return st == null ? Double.NaN : st.getMean();
    }

    private static String ms(Statistics s) {
        if (s == null) {
            return "n/a";
        }
        int decimals = s.getMean() < 1 ? 3 : s.getMean() < 10 ? 2 : 1;
        return Stats.fmt(s.getMean(), decimals) + " ± " + Stats.fmt(s.getStandardDeviation(), decimals);
    }

    // ---------------------------------------------------------------- in-process: floor, scaling, query

    private void inProcess(Set<String> parts) throws Exception {
        if (parts.contains("inprocess") || parts.contains("scaling")) {
            log("in-process: starting the query-service context over mongo-java-server (H2 on disk)");
            try (InProcess p = InProcess.start(work.resolve("inprocess-store.mv.db"))) {
                List<Corpus.Sample> mix = Corpus.mix();
                // warm-up: every file of the mix a few times (JIT, Tika, dictionaries)
                for (int i = 0; i < 3; i++) {
                    p.pipeline(mix.stream().map(s -> s.variant("warm-" + InProcess.randomId())).toList());
                }
                if (parts.contains("inprocess")) {
                    inProcessFloor(p, mix);
                }
                if (parts.contains("scaling")) {
                    scaling(p);
                }
            }
        }
        if (parts.contains("query")) {
            // a store and index of its own: the sizes it grows to count only its copies
            try (InProcess p = InProcess.start(work.resolve("query-store.mv.db"))) {
                query(p, Corpus.mix());
            }
        }
    }

    private void inProcessFloor(InProcess p, List<Corpus.Sample> mix) throws Exception {
        int rounds = integer("rounds", 3);
        int perRound = mix.size() * 10;
        log("in-process floor: " + rounds + " rounds of " + perRound + " documents");
        List<Double> docsPerSecond = new ArrayList<>(), mbPerSecond = new ArrayList<>();
        List<Double> parse = new ArrayList<>(), enrich = new ArrayList<>(), store = new ArrayList<>(), total = new ArrayList<>();
        List<Long> storeSizes = new ArrayList<>(List.of(p.paragraphCount()));
        for (int r = 0; r < rounds; r++) {
            InProcess.StageTimes t = p.pipeline(Corpus.variants("floor" + r + "-" + InProcess.randomId(), perRound));
            docsPerSecond.add(t.documents() / t.wallSeconds());
            mbPerSecond.add(t.bytes() / 1e6 / t.wallSeconds());
            parse.add(avg(t.parseMs()));
            enrich.add(avg(t.enrichMs()));
            store.add(avg(t.storeMs()));
            total.add(avg(t.totalMs()));
            storeSizes.add(p.paragraphCount());
            log("  round " + (r + 1) + ": " + Stats.fmt(t.documents() / t.wallSeconds(), 2) + " docs/s; parse "
                    + Stats.fmt(avg(t.parseMs()), 1) + ", enrich " + Stats.fmt(avg(t.enrichMs()), 1) + ", store "
                    + Stats.fmt(avg(t.storeMs()), 1) + " ms/doc");
        }
        // the report alone (the target document of issue 8)
        List<Corpus.Sample> report1 = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            report1.add(Corpus.load(Corpus.REPORT_PDF).variant("floor-report-" + InProcess.randomId()));
        }
        InProcess.StageTimes rt = p.pipeline(report1);
        Stats dps = Stats.of(docsPerSecond);
        figures.put("inprocess.docsPerSecond", dps.mean());
        figures.put("inprocess.storeMs", Stats.of(store).mean());
        report.section("The pipeline's floor: parse → enrich → store in one process, no Kafka");
        report.line("One thread, the documents one after the other: the parse service's `DocumentReader`, the enrich "
                + "service's `DocumentEnricher`, then the store stage's two writes: the query service's `ReadModel.store` "
                + "(from a query-service context in the same JVM, Kafka listeners not started) into mongo-java-server 1.47 "
                + "with the **stock H2 backend on disk** (MVStore file; the local stack's store is the same backend wrapped "
                + "to commit after every message and to read more from its unique indexes), and its search index "
                + "(`SearchIndex.apply`, on disk, refreshed as the service's feed refreshes it). The mix: " + String.join(", ", Corpus.MIX) + ", each with a unique line added (" + perRound
                + " documents a round, " + rounds + " rounds after a warm-up of 3 × " + mix.size() + "). Benchmark JVM: "
                + "C2, `" + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                + "`.\n");
        report.line("| figure | mean ± sd over rounds (n, min, max) |");
        report.line("|---|---|");
        report.line("| documents/s | " + dps.meanWithSpread(1) + " |");
        report.line("| MB/s | " + Stats.of(mbPerSecond).meanWithSpread(2) + " |");
        report.line("| parse, ms/document | " + Stats.of(parse).meanWithSpread(1) + " |");
        report.line("| enrich, ms/document | " + Stats.of(enrich).meanWithSpread(1) + " |");
        report.line("| store, ms/document | " + Stats.of(store).meanWithSpread(1) + " |");
        report.line("| whole, ms/document | " + Stats.of(total).meanWithSpread(1) + " |");
        report.line("| store, ms/document, round by round | " + total.size() + " rounds: " + store.stream().map(v -> Stats.fmt(v, 1)).toList()
                + " with " + storeSizes + " paragraphs in the store before each round and after the last |");
        Stats rp = Stats.of(rt.parseMs()), re = Stats.of(rt.enrichMs()), rs = Stats.of(rt.storeMs()), rtot = Stats.of(rt.totalMs());
        report.line("\nThe report " + Corpus.REPORT_PDF + " alone, 20 variants: parse " + Stats.fmt(rp.p50(), 1) + " ms (p50), enrich "
                + Stats.fmt(re.p50(), 1) + " ms, store " + Stats.fmt(rs.p50(), 1) + " ms, whole p50 " + Stats.fmt(rtot.p50(), 1)
                + " ms, p99 " + Stats.fmt(rtot.p99(), 1) + " ms.\n");
        figures.put("inprocess.reportMs", rtot.p50());
    }

    private static double avg(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private void scaling(InProcess p) throws Exception {
        log("scaling with document size");
        report.section("Time against document size (in-process parse + enrich)");
        report.line("The report's text (" + Corpus.REPORT_TXT + ") repeated 1, 10 and 100 times, parsed by `DocumentReader` "
                + "(limits raised so 100× is not cut) and enriched by `DocumentEnricher`, after 10, 3 and 1 warm-up runs; ms; "
                + "the ratios use the medians.\n");
        report.line("| size | bytes | ms, mean ± sd (n, min, max) | median ms | median ms per 1× | time / time of 1× |");
        report.line("|---|---|---|---|---|---|");
        double base = Double.NaN;
        for (int times : new int[] {1, 10, 100}) {
            Corpus.Sample s = Corpus.repeated(Corpus.REPORT_TXT, times);
            int reps = times == 100 ? 3 : times == 10 ? 5 : 10;
            for (int w = 0; w < (times == 100 ? 1 : times == 10 ? 3 : 10); w++) {
                p.parseAndEnrichMs(s);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                ms.add(p.parseAndEnrichMs(s));
            }
            Stats st = Stats.of(ms);
            if (times == 1) {
                base = st.p50();
            }
            report.line("| " + times + "× | " + s.bytes().length + " | " + st.meanWithSpread(1) + " | " + Stats.fmt(st.p50(), 1)
                    + " | " + Stats.fmt(st.p50() / times, 1) + " | " + Stats.fmt(st.p50() / base, 1) + "× |");
            figures.put("scaling." + times, st.p50() / base);
            log("  " + times + "x: " + Stats.fmt(st.mean(), 1) + " ms");
        }
        report.line("");
    }

    /** The judged query set over the corpus: MRR and recall@10 of the search, overall and per query language. */
    private void relevance() throws Exception {
        Path corpus = Path.of(options.getOrDefault("corpus", root.resolve("../shared/corpus").toString()));
        log("relevance: indexing the documents of the judged query set from " + corpus);
        try (InProcess p = InProcess.start(work.resolve("relevance-store.mv.db"))) {
            List<Relevance.Outcome> outcomes = Relevance.run(p, corpus);
            report.section("Search relevance (judged query set)");
            report.line("`benchmarks/src/main/resources/relevance/`: " + outcomes.size() + " queries over the corpus "
                    + "documents of `documents.txt`, each with the paragraphs that must come first; /api/search, first "
                    + Relevance.RANKED + " hits. RR = 1 / rank of the first relevant hit; recall@" + Relevance.CUTOFF
                    + " = relevant hits in the first " + Relevance.CUTOFF + " / min(relevant paragraphs, "
                    + Relevance.CUTOFF + ").");
            report.line("");
            report.line("| query | language | first relevant rank | relevant in top " + Relevance.CUTOFF
                    + " / relevant | RR | recall@" + Relevance.CUTOFF + " |");
            report.line("|---|---|---|---|---|---|");
            for (Relevance.Outcome o : outcomes) {
                report.line("| `" + o.judgement().query() + "` | " + o.judgement().language() + " | "
                        + (o.firstRelevantRank() == 0 ? "not found" : o.firstRelevantRank()) + " | "
                        + o.relevantInTop() + " / " + o.relevantTotal() + " | " + Stats.fmt(o.reciprocalRank(), 2)
                        + " | " + Stats.fmt(o.recall(), 2) + " |");
            }
            report.line("");
            report.line("| queries in | MRR | mean recall@" + Relevance.CUTOFF + " | queries |");
            report.line("|---|---|---|---|");
            Relevance.summary(outcomes).forEach((language, s) -> report.line("| " + language + " | "
                    + Stats.fmt(s[0], 3) + " | " + Stats.fmt(s[1], 3) + " | " + (int) s[2] + " |"));
            figures.put("relevance MRR", Relevance.summary(outcomes).get("all")[0]);
            write();
        }
    }

    private void query(InProcess p, List<Corpus.Sample> mix) throws Exception {
        // templates: the mix stored through the query service's ReadModel into an empty read model, and indexed
        List<String> ids = new ArrayList<>();
        Map<String, docpipe.events.DocumentEnriched> templateEvents = new LinkedHashMap<>();
        for (Corpus.Sample s : mix) {
            docpipe.events.DocumentEnriched enriched = p.storeAndIndex(s.variant("query-template"));
            ids.add(enriched.documentId().value());
            templateEvents.put(enriched.documentId().value(), enriched);
        }
        List<Document> templates = p.documents(ids);
        Map<String, List<Document>> templateParagraphs = p.paragraphsOf(ids);
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("q=parliament (no facets)", "q=parliament&facets=false");
        shapes.put("q=parliament + facets", "q=parliament&facets=true");
        shapes.put("q=妇女 (no facets)", "q=" + InProcess.encode("妇女") + "&facets=false");
        shapes.put("q=妇女 + facets", "q=" + InProcess.encode("妇女") + "&facets=true");
        shapes.put("q=妇女 theme+entity filters (no facets)", "q=" + InProcess.encode("妇女")
                + "&theme=gender-equality&entity=" + InProcess.encode("org:UNDP") + "&facets=false");
        shapes.put("q=妇女 theme+entity filters + facets", "q=" + InProcess.encode("妇女")
                + "&theme=gender-equality&entity=" + InProcess.encode("org:UNDP") + "&facets=true");
        shapes.put("q=parliament type+language filters + facets", "q=parliament&type=RESOLUTION&language=en&facets=true");
        shapes.put("q=sustainable development symbol filter (no facets)", "q=" + InProcess.encode("sustainable development")
                + "&symbol=" + InProcess.encode("A/RES/73/6") + "&facets=false");
        report.section("Query latency against corpus size (`GET /api/search`)");
        report.line("The query service in the benchmark JVM (a context, store and index of its own), over HTTP on a random port, one "
                + "client, sequential requests, page size 20. The read model grown by copying what the query service "
                + "stored for the " + mix.size() + " documents of the mix under fresh document ids (its exact BSON, "
                + "`insertMany`), and each copy's `DocumentEnriched` under the same id put into the service's search "
                + "index (Lucene, on disk in the work directory, read through the page cache with `NIOFSDirectory`) in batches of 500 through `SearchIndex.apply`, as its feed writes a replay of the topic. A search runs on the index (matching, ranking, "
                + "facets over every match) and reads only the page's paragraphs from the store by `_id` "
                + "(mongo-java-server, H2 backend on disk). ms.\n");
        report.line("| paragraphs | query | total hits | n | p50 | p90 | p99 | max |");
        report.line("|---|---|---|---|---|---|---|---|");
        for (String size : options.getOrDefault("paragraphs", "10000,100000").split(",")) {
            long target = Long.parseLong(size.trim());
            log("query: growing the read model to " + target + " paragraphs");
            long t0 = System.nanoTime();
            p.growTo(target, templates, templateParagraphs, templateEvents);
            long count = p.paragraphCount();
            log("  " + count + " paragraphs (" + Stats.fmt((System.nanoTime() - t0) / 1e9, 1) + " s)");
            for (var shape : shapes.entrySet()) {
                String total = totalOf(p.searchBody(shape.getValue()));
                for (int i = 0; i < integer("query-warmup", 3); i++) {
                    p.search(shape.getValue());
                }
                List<Double> ms = new ArrayList<>();
                long deadline = System.nanoTime() + (long) (Double.parseDouble(options.getOrDefault("query-seconds", "20")) * 1e9);
                int min = integer("query-min", 20);
                while (ms.size() < 200 && (ms.size() < min || System.nanoTime() < deadline)) {
                    ms.add(p.search(shape.getValue()));
                }
                Stats st = Stats.of(ms);
                report.line("| " + count + " | " + shape.getKey() + " | " + total + " | " + st.count() + " | "
                        + Stats.fmt(st.p50(), 1) + " | " + Stats.fmt(st.p90(), 1) + " | " + Stats.fmt(st.p99(), 1) + " | " + Stats.fmt(st.max(), 1) + " |");
                figures.put("query." + target + "." + shape.getKey() + ".p99", st.p99());
                figures.put("query." + target + "." + shape.getKey() + ".p50", st.p50());
                log("  " + shape.getKey() + ": p50 " + Stats.fmt(st.p50(), 1) + " p99 " + Stats.fmt(st.p99(), 1) + " ms (n=" + st.count() + ")");
            }
            write();
        }
        report.line("");
    }

    private static String totalOf(String json) {
        var m = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    // ---------------------------------------------------------------- the whole pipeline over the local stack

    private void stack() throws Exception {
        Duration timeout = Duration.ofSeconds(300);
        boolean running = options.containsKey("use-running-stack");
        Path dataDir = running ? Path.of(options.get("use-running-stack")) : work.resolve("stack-data");
        log(running ? "using the running stack of " + dataDir : "starting ./docpipe up on " + dataDir);
        double[] loadBefore = Report.loadAverage();
        Instant upStart = Instant.now();
        try (StackRun stack = running ? StackRun.useRunning(root, dataDir, StackRun.tokenOf(dataDir), timeout)
                : StackRun.startOwn(root, dataDir, timeout)) {
            double upSeconds = Duration.between(upStart, Instant.now()).toNanos() / 1e9;
            Map<String, Long> pids = stack.pids();
            log("stack healthy after " + Stats.fmt(upSeconds, 1) + " s; pids " + pids);
            report.section("The whole pipeline over the local stack");
            report.line(running ? "The stack already running from `" + dataDir + "`.\n"
                    : "`./docpipe up` (DOCPIPE_SKIP_BUILD=1; the script and the exec jars of `*/target` copied first into the work "
                    + "directory so that builds in the working tree cannot change them under the run) on a fresh data directory, "
                    + "healthy after " + Stats.fmt(upSeconds, 1) + " s; stopped with `./docpipe stop` at the end. The six "
                    + "processes run with the launcher's JVM options (C1 only, SerialGC, small heaps; see deploy/local/README.md).\n");
            Map<String, double[]> rssStart = new LinkedHashMap<>();
            for (var e : pids.entrySet()) {
                rssStart.put(e.getKey(), StackRun.rssMb(e.getValue()));
            }

            // warm-up
            int warm = integer("warmup-docs", 33);
            log("warm-up: " + warm + " documents");
            stack.saturate(Corpus.variants("warm-" + InProcess.randomId(), warm), 2, Duration.ofMinutes(5));

            // low rate: the report, one at a time
            int lowDocs = integer("low-rate-docs", 60);
            double rate = Double.parseDouble(options.getOrDefault("rate", "1"));
            log("low rate: " + lowDocs + " variants of " + Corpus.REPORT_PDF + " at " + rate + "/s, one at a time");
            List<Corpus.Sample> lowSamples = new ArrayList<>();
            String tag = InProcess.randomId();
            for (int i = 0; i < lowDocs; i++) {
                lowSamples.add(Corpus.load(Corpus.REPORT_PDF).variant("low-" + tag + "-" + i));
            }
            Map<String, double[]> lowBefore = stack.stageDurations();
            List<StackRun.Latency> low = stack.lowRate(lowSamples, rate);
            Map<String, double[]> lowAfter = stack.stageDurations();
            Stats lowServer = Stats.of(low.stream().map(StackRun.Latency::serverMs).toList());
            Stats lowObserved = Stats.of(low.stream().map(StackRun.Latency::observedMs).toList());
            long lowFailed = low.stream().filter(l -> !"STORED".equals(l.stage())).count();
            figures.put("stack.low.p50", lowServer.p50());
            figures.put("stack.low.p99", lowServer.p99());
            report.line("**Drop-to-STORED latency at a low rate** (" + Corpus.REPORT_PDF + ", " + lowDocs + " variants, one at "
                    + "a time, " + rate + "/s; from just before the upload to the `status.at` the query service wrote with "
                    + "STORED; \"observed\" = until the benchmark saw STORED in the store, polling every 25 ms):\n");
            report.line("| latency, ms | n | mean | p50 | p90 | p99 | max | not STORED |");
            report.line("|---|---|---|---|---|---|---|---|");
            report.line("| upload → STORED | " + lowServer.count() + " | " + Stats.fmt(lowServer.mean(), 0) + " | " + Stats.fmt(lowServer.p50(), 0) + " | "
                    + Stats.fmt(lowServer.p90(), 0) + " | " + Stats.fmt(lowServer.p99(), 0) + " | " + Stats.fmt(lowServer.max(), 0) + " | " + lowFailed + " |");
            report.line("| observed | " + lowObserved.count() + " | " + Stats.fmt(lowObserved.mean(), 0) + " | " + Stats.fmt(lowObserved.p50(), 0) + " | "
                    + Stats.fmt(lowObserved.p90(), 0) + " | " + Stats.fmt(lowObserved.p99(), 0) + " | " + Stats.fmt(lowObserved.max(), 0) + " | |");
            report.line("\nPer-stage time per document during the low-rate run (`docpipe_stage_duration_seconds`, difference "
                    + "of sum/count): " + stageLine(lowBefore, lowAfter) + ". The rest of the latency is between the stages "
                    + "(Kafka produce, poll and commit; the status events).\n");
            write();
            if (options.containsKey("skip-saturation")) {
                memory(pids, rssStart);
                return;
            }

            // saturation
            int docs = integer("docs", 2000);
            int runs = integer("runs", 1);
            boolean profile = !options.containsKey("no-profile");
            List<Double> dps = new ArrayList<>(), mbps = new ArrayList<>(), p50 = new ArrayList<>(), p99 = new ArrayList<>();
            List<Double> windows = new ArrayList<>();
            Map<String, double[]> stagesBefore = stack.stageDurations();
            Map<String, Double> cpuBefore = new LinkedHashMap<>();
            for (var e : pids.entrySet()) {
                cpuBefore.put(e.getKey(), StackRun.cpuSeconds(e.getValue()));
            }
            double satSeconds = 0;
            int satFailed = 0;
            int satDocsDone = 0;
            long satBytes = 0;
            for (int r = 0; r < runs; r++) {
                boolean record = profile && r == 0;
                if (record) {
                    for (var e : pids.entrySet()) {
                        if (!e.getKey().equals("broker")) {
                            StackRun.startRecording(e.getValue());
                        }
                    }
                }
                log("saturation run " + (r + 1) + "/" + runs + ": " + docs + " documents, 4 uploaders");
                StackRun.Saturation s = stack.saturate(Corpus.variants("sat" + r + "-" + InProcess.randomId(), docs), 4,
                        Duration.ofMinutes(integer("saturation-minutes", 30)));
                if (record) {
                    for (var e : pids.entrySet()) {
                        if (!e.getKey().equals("broker")) {
                            StackRun.stopRecording(e.getValue(), work.resolve(e.getKey() + ".jfr"));
                        }
                    }
                }
                log("  " + Stats.fmt(s.docsPerSecond(), 1) + " docs/s, " + Stats.fmt(s.megabytesPerSecond(), 2) + " MB/s, "
                        + s.failed() + " not STORED");
                dps.add(s.docsPerSecond());
                mbps.add(s.megabytesPerSecond());
                Stats l = Stats.of(s.latencyMs());
                p50.add(l.p50());
                p99.add(l.p99());
                windows.addAll(s.windowDocsPerSecond());
                satSeconds += s.seconds();
                satFailed += s.failed() + s.unfinished();
                satDocsDone += s.documents();
                satBytes += s.bytes();
                figures.put("stack.sat.uploadSeconds", s.uploadSeconds());
            }
            Map<String, double[]> stagesAfter = stack.stageDurations();
            Map<String, Double> cpu = new LinkedHashMap<>();
            for (var e : pids.entrySet()) {
                cpu.put(e.getKey(), StackRun.cpuSeconds(e.getValue()) - cpuBefore.get(e.getKey()));
            }
            Stats throughput = Stats.of(dps);
            figures.put("stack.sat.docsPerSecond", throughput.mean());
            report.line("**Sustained throughput at saturation** (" + runs + " run(s) of " + docs + " documents, the mix of "
                    + Corpus.MIX.size() + " files cycled, each with a unique line; 4 concurrent uploaders; from the first "
                    + "upload to the last STORED" + (profile ? "; the first run with JFR recording (profile settings) in "
                    + "the four services and the store" : "") + "):\n");
            report.line("| figure | value |");
            report.line("|---|---|");
            report.line("| documents/s, per run | " + throughput.meanWithSpread(2) + " |");
            report.line("| documents/s, over ten windows of completions | " + Stats.of(windows).meanWithSpread(2) + " |");
            report.line("| MB/s (uploaded bytes) | " + Stats.of(mbps).meanWithSpread(3) + " |");
            report.line("| upload → STORED p50, ms | " + Stats.of(p50).meanWithSpread(0) + " |");
            report.line("| upload → STORED p99, ms | " + Stats.of(p99).meanWithSpread(0) + " |");
            report.line("| documents not STORED (FAILED, or not finished within " + integer("saturation-minutes", 30)
                    + " min of the run's start) | " + satFailed + " |");
            report.line("| uploads answered 429 by the ingest service's rate limit (then retried after Retry-After) | "
                    + stack.rateLimited() + " |");
            report.line("| uploads took (last run), s | " + Stats.fmt((Double) figures.get("stack.sat.uploadSeconds"), 1) + " of "
                    + Stats.fmt(satSeconds / runs, 1) + " |");
            Object floor = figures.get("inprocess.docsPerSecond");
            if (floor instanceof Double f) {
                report.line("| whole pipeline / in-process floor | " + Stats.fmt(throughput.mean() / f, 2) + "× |");
                figures.put("stack.ratio", throughput.mean() / f);
            }
            report.line("");

            report.line("**Per-stage time per document** (`docpipe_stage_duration_seconds` sum/count from each service's "
                    + "`/actuator/prometheus`, difference over the saturation run(s)) and **CPU** used by each process in "
                    + "the same time (utime+stime from /proc/<pid>/stat; " + Stats.fmt(satSeconds, 1) + " s of wall time, "
                    + Runtime.getRuntime().availableProcessors() + " cores):\n");
            report.line("| stage | documents | ms/document |");
            report.line("|---|---|---|");
            for (var e : stagesAfter.entrySet()) {
                double[] before = stagesBefore.getOrDefault(e.getKey(), new double[2]);
                double n = e.getValue()[1] - before[1];
                double sum = e.getValue()[0] - before[0];
                report.line("| " + e.getKey() + " | " + Stats.fmt(n, 0) + " | " + Stats.fmt(n == 0 ? Double.NaN : 1000 * sum / n, 1) + " |");
                figures.put("stack.stage." + e.getKey(), n == 0 ? Double.NaN : 1000 * sum / n);
            }
            report.line("\n| process | CPU s during saturation | CPU ms/document | share of the machine |");
            report.line("|---|---|---|---|");
            int satDocs = Math.max(1, satDocsDone);
            for (var e : cpu.entrySet()) {
                report.line("| " + e.getKey() + " | " + Stats.fmt(e.getValue(), 1) + " | " + Stats.fmt(1000 * e.getValue() / satDocs, 1)
                        + " | " + Stats.fmt(100 * e.getValue() / (satSeconds * Runtime.getRuntime().availableProcessors()), 0) + "% |");
            }
            report.line("");

            memory(pids, rssStart);
            if (profile) {
                profiles(pids);
            }
        }
        double[] loadAfter = Report.loadAverage();
        report.line("Load average (1, 5, 15 min) before the stack part: " + Arrays.toString(loadBefore) + ", after: "
                + Arrays.toString(loadAfter) + ".\n");
        log("stack stopped");
        if (!running) {
            Thread.sleep(2000);
            report.line("After `./docpipe stop`: " + Report.leftovers(dataDir) + "\n");
        }
    }

    private static String stageLine(Map<String, double[]> before, Map<String, double[]> after) {
        List<String> parts = new ArrayList<>();
        for (var e : after.entrySet()) {
            double[] b = before.getOrDefault(e.getKey(), new double[2]);
            double n = e.getValue()[1] - b[1];
            parts.add(e.getKey() + " " + Stats.fmt(n == 0 ? Double.NaN : 1000 * (e.getValue()[0] - b[0]) / n, 0) + " ms");
        }
        return String.join(", ", parts);
    }

    private void memory(Map<String, Long> pids, Map<String, double[]> rssStart) throws Exception {
        Map<String, double[]> rssEnd = new LinkedHashMap<>();
        for (var e : pids.entrySet()) {
            rssEnd.put(e.getKey(), StackRun.rssMb(e.getValue()));
        }
        report.line("**Memory** (resident, MB, /proc/<pid>/status):\n");
        report.line("| process | RSS when healthy | RSS after the runs | peak RSS (VmHWM) |");
        report.line("|---|---|---|---|");
        double sumEnd = 0, sumPeak = 0, sumStart = 0;
        for (String name : pids.keySet()) {
            double[] a = rssStart.get(name), b = rssEnd.get(name);
            report.line("| " + name + " | " + Stats.fmt(a[0], 0) + " | " + Stats.fmt(b[0], 0) + " | " + Stats.fmt(b[1], 0) + " |");
            sumStart += a[0];
            sumEnd += b[0];
            sumPeak += b[1];
        }
        report.line("| **the six** | " + Stats.fmt(sumStart, 0) + " | " + Stats.fmt(sumEnd, 0) + " | " + Stats.fmt(sumPeak, 0) + " |");
        report.line("");
        figures.put("stack.rss", sumEnd);
        figures.put("stack.rssPeak", sumPeak);
    }

    private void profiles(Map<String, Long> pids) throws Exception {
        report.line("**Where the CPU went during the first saturation run** (JFR execution samples; a sample counts "
                + "for an area when any frame of its stack is in it, so areas overlap):\n");
        for (String name : pids.keySet()) {
            Path jfr = work.resolve(name + ".jfr");
            if (!Files.exists(jfr)) {
                continue;
            }
            Profiles.Summary summary = Profiles.summarize(jfr, 8);
            StringBuilder areas = new StringBuilder();
            summary.areas().forEach((area, n) -> {
                if (n > 0) {
                    areas.append(areas.length() == 0 ? "" : ", ").append(area).append(" ")
                            .append(Stats.fmt(100.0 * n / Math.max(1, summary.samples()), 0)).append("%");
                }
            });
            report.line("- **" + name + "** (" + summary.samples() + " samples): " + areas);
            StringBuilder top = new StringBuilder();
            summary.topFrames().forEach((frame, n) -> top.append(top.length() == 0 ? "" : "; ").append("`").append(frame)
                    .append("` ").append(Stats.fmt(100.0 * n / Math.max(1, summary.samples()), 0)).append("%"));
            report.line("  top frames: " + top);
        }
        report.line("\n(The recordings: " + work + "/*.jfr.)\n");
    }
}
