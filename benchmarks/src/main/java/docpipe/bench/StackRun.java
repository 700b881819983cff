package docpipe.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole pipeline over the local stack: starts {@code ./docpipe up} on a fresh data directory (or uses the
 * stack already running), uploads variants of the real documents to the ingest service and watches the query
 * service's read model (its MongoDB collection, read directly) until each is STORED.
 */
final class StackRun implements AutoCloseable {

    static final List<String> PROCESSES = List.of("broker", "store", "ingest-service", "parse-service",
            "enrich-service", "query-service");
    static final Map<String, Integer> SERVICE_PORTS = new LinkedHashMap<>(Map.of("ingest-service", 8081,
            "parse-service", 8082, "enrich-service", 8083, "query-service", 8084));
    private static final int[] STACK_PORTS = {9092, 9093, 27017, 8081, 8082, 8083, 8084};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");

    private final Path root;
    private final Path dataDir;
    private final boolean ownStack;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final java.util.concurrent.atomic.AtomicInteger rateLimited = new java.util.concurrent.atomic.AtomicInteger();
    private Process launcher;
    private MongoClient mongo;
    private MongoCollection<Document> documents;

    private StackRun(Path root, Path dataDir, boolean ownStack, String token) {
        this.root = root;
        this.dataDir = dataDir;
        this.ownStack = ownStack;
        this.token = token;
    }

    /** Starts a stack of our own on a fresh data directory; refuses when any stack port is taken. */
    static StackRun startOwn(Path root, Path dataDir, Duration timeout) throws Exception {
        for (int port : STACK_PORTS) {
            if (open(port)) {
                throw new IllegalStateException("port " + port + " is taken: another stack runs here; stop it or use --use-running-stack");
            }
        }
        Files.createDirectories(dataDir);
        Path home = snapshot(root, dataDir.resolveSibling("stack-home"));
        // a token of this run's own, given by environment as an operator would (the stack has no default)
        StackRun run = new StackRun(home, dataDir, true, java.util.HexFormat.of().formatHex(randomBytes()));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("docpipe").toString(), "up").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-up.log").toFile());
        pb.environment().put("DOCPIPE_DATA_DIR", dataDir.toString());
        pb.environment().put("DOCPIPE_SKIP_BUILD", "1");
        pb.environment().put("DOCPIPE_INGEST_TOKEN", run.token);
        run.launcher = pb.start();
        run.awaitHealthy(timeout);
        return run;
    }

    /**
     * A private copy of what {@code ./docpipe up} runs (the script, the launcher's and the four services' exec
     * jars, samples/): other engineers rebuilding the jars in the working tree during a run must not change or
     * truncate the jars under the running stack. The script finds its home from its own location.
     */
    static Path snapshot(Path root, Path home) throws IOException {
        String version = "0.1.0-SNAPSHOT";
        Files.createDirectories(home);
        Files.copy(root.resolve("docpipe"), home.resolve("docpipe"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        List<String> jars = new ArrayList<>(List.of("deploy/local/target/docpipe-local-" + version + "-exec.jar"));
        for (String service : SERVICE_PORTS.keySet()) {
            jars.add(service + "/target/" + service + "-" + version + "-exec.jar");
        }
        for (String jar : jars) {
            Path target = home.resolve(jar);
            Files.createDirectories(target.getParent());
            Files.copy(root.resolve(jar), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path samples = home.resolve("samples");
        Files.createDirectories(samples);
        try (var files = Files.list(root.resolve("samples"))) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, samples.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return home;
    }

    /** Uses the stack that runs from this data directory (its pid files give the processes to measure). */
    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The token of a running stack: {@code DOCPIPE_INGEST_TOKEN} if set, else the one its data directory keeps. */
    static String tokenOf(Path dataDir) throws IOException {
        String fromEnvironment = System.getenv().getOrDefault("DOCPIPE_INGEST_TOKEN", "");
        if (!fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        Path kept = dataDir.resolve("ingest-token");
        if (!Files.isRegularFile(kept)) {
            throw new IllegalStateException("no DOCPIPE_INGEST_TOKEN and no " + kept + ": which token does the stack take?");
        }
        return Files.readString(kept).strip();
    }

    static StackRun useRunning(Path root, Path dataDir, String token, Duration timeout) throws Exception {
        StackRun run = new StackRun(root, dataDir, false, token);
        run.awaitHealthy(timeout);
        return run;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            boolean all = true;
            for (int port : SERVICE_PORTS.values()) {
                all &= healthy(port);
            }
            if (all) {
                break;
            }
            if (launcher != null && !launcher.isAlive()) {
                throw new IllegalStateException("./docpipe up exited with " + launcher.exitValue() + "; see "
                        + dataDir.resolveSibling(dataDir.getFileName() + "-up.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the stack was not healthy within " + timeout);
            }
            Thread.sleep(500);
        }
        mongo = MongoClients.create("mongodb://127.0.0.1:27017");
        documents = mongo.getDatabase("docpipe").getCollection("documents");
    }

    private boolean healthy(int port) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean open(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** POST /api/documents; the document id it answers. */
    String upload(Corpus.Sample sample) throws Exception {
        String boundary = "----docpipe-bench-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(sample.bytes().length + 512);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + sample.fileName()
                + "\"\r\nContent-Type: " + sample.mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(sample.bytes());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/api/documents"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        // the ingest service limits uploads per client address (300 a minute by default): wait as told and retry
        for (int attempt = 0; response.statusCode() == 429 && attempt < 600; attempt++) {
            rateLimited.incrementAndGet();
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Math.max(1, seconds) * 1000);
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 202 && response.statusCode() != 200) {
            throw new IllegalStateException("upload of " + sample.fileName() + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher m = ID.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + response.body());
        }
        return m.group(1);
    }

    /**
     * id -> status for the ids that reached STORED or FAILED, one {@code _id} lookup each (the only query shape
     * mongo-java-server answers from an index: a filter on anything else would scan the collection and load
     * the store being measured).
     */
    Map<String, Document> finished(List<String> ids) {
        Map<String, Document> out = new HashMap<>();
        for (String id : ids) {
            Document d = documents.find(new Document("_id", id)).projection(new Document("status", 1)).first();
            Document status = d == null ? null : d.get("status", Document.class);
            if (status != null && List.of("STORED", "FAILED").contains(status.getString("stage"))) {
                out.put(id, status);
            }
        }
        return out;
    }

    /** How many uploads the ingest service answered 429 (rate limit) so far. */
    int rateLimited() {
        return rateLimited.get();
    }

    /** Documents that left the pipeline so far: stored by the query service, or failed in any stage (Prometheus). */
    double leftPipeline() throws Exception {
        double total = 0;
        Pattern counter = Pattern.compile("^docpipe_documents_total\\{([^}]*)\\}\\s+(\\S+)");
        for (int port : SERVICE_PORTS.values()) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String l : body.split("\n")) {
                Matcher m = counter.matcher(l);
                if (m.find() && (m.group(1).contains("outcome=\"failed\"")
                        || (m.group(1).contains("stage=\"store\"") && m.group(1).contains("outcome=\"success\"")))) {
                    total += Double.parseDouble(m.group(2));
                }
            }
        }
        return total;
    }

    static Instant at(Document status) {
        Date at = status.getDate("at");
        return at == null ? null : at.toInstant();
    }

    record Latency(double serverMs, double observedMs, String stage) {
    }

    /** One document at a time: upload, wait until STORED, then keep to {@code perSecond}. */
    List<Latency> lowRate(List<Corpus.Sample> samples, double perSecond) throws Exception {
        List<Latency> out = new ArrayList<>();
        long intervalNanos = (long) (1e9 / perSecond);
        for (Corpus.Sample sample : samples) {
            long startNanos = System.nanoTime();
            Instant submitted = Instant.now();
            String id = upload(sample);
            Document status;
            while ((status = finished(List.of(id)).get(id)) == null) {
                if (System.nanoTime() - startNanos > 120e9) {
                    throw new IllegalStateException(id + " not STORED within 120 s");
                }
                Thread.sleep(25);
            }
            double observed = (System.nanoTime() - startNanos) / 1e6;
            out.add(new Latency(Duration.between(submitted, at(status)).toNanos() / 1e6, observed, status.getString("stage")));
            long rest = intervalNanos - (System.nanoTime() - startNanos);
            if (rest > 0) {
                Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
            }
        }
        return out;
    }

    record Saturation(int documents, long bytes, int failed, double seconds, List<Double> latencyMs,
                      List<Double> windowDocsPerSecond, double uploadSeconds, int unfinished) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** Every sample uploaded as fast as {@code uploaders} concurrent clients can; then wait for all to finish. */
    Saturation saturate(List<Corpus.Sample> samples, int uploaders, Duration timeout) throws Exception {
        double leftBefore = leftPipeline();
        Map<String, Instant> submitted = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(uploaders);
        Instant start = Instant.now();
        List<Future<String>> futures = new ArrayList<>();
        for (Corpus.Sample sample : samples) {
            futures.add(pool.submit(() -> {
                Instant t = Instant.now();
                String id = upload(sample);
                submitted.put(id, t);
                return id;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : futures) {
            ids.add(f.get());
        }
        pool.shutdown();
        double uploadSeconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        Instant deadline = start.plus(timeout);
        // progress from the services' counters (no load on the store), then one lookup per id
        while (leftPipeline() < leftBefore + ids.size()) {
            if (Instant.now().isAfter(deadline)) {
                Bench.log("the saturation run reached its time limit of " + timeout + "; measuring the documents finished by then");
                break;
            }
            Thread.sleep(2000);
        }
        Map<String, Document> done = finished(ids);
        List<Instant> ends = new ArrayList<>();
        List<Double> latency = new ArrayList<>();
        int failed = 0;
        int unfinished = 0;
        for (String id : ids) {
            Document status = done.get(id);
            if (status == null) {
                unfinished++;
                continue;
            }
            if (!"STORED".equals(status.getString("stage"))) {
                failed++;
            }
            Instant end = at(status);
            ends.add(end);
            latency.add(Duration.between(submitted.get(id), end).toNanos() / 1e6);
        }
        ends.sort(null);
        if (ends.isEmpty()) {
            return new Saturation(0, 0, failed, Duration.between(start, Instant.now()).toNanos() / 1e9, latency, List.of(),
                    uploadSeconds, unfinished);
        }
        Instant last = ends.get(ends.size() - 1);
        double seconds = Duration.between(start, last).toNanos() / 1e9;
        // throughput in ten consecutive windows of completions (the spread within the run)
        List<Double> windows = new ArrayList<>();
        int step = Math.max(1, ends.size() / 10);
        for (int i = step; i < ends.size(); i += step) {
            double s = Duration.between(ends.get(i - step), ends.get(i)).toNanos() / 1e9;
            if (s > 0) {
                windows.add(step / s);
            }
        }
        long bytes = samples.stream().mapToLong(s -> s.bytes().length).sum() * (ids.size() - unfinished) / ids.size();
        return new Saturation(ids.size() - unfinished, bytes, failed, seconds, latency, windows, uploadSeconds, unfinished);
    }

    /** name -> pid of the six processes, from the data directory's pid files. */
    Map<String, Long> pids() throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            Path file = dataDir.resolve("run").resolve(name + ".pid");
            if (Files.exists(file)) {
                out.put(name, Long.parseLong(Files.readString(file).trim()));
            }
        }
        return out;
    }

    /** VmRSS and VmHWM (peak) in MB from /proc/<pid>/status. */
    static double[] rssMb(long pid) throws IOException {
        double rss = Double.NaN, hwm = Double.NaN;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            } else if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return new double[] {rss, hwm};
    }

    /** User + system CPU seconds of a process so far (/proc/<pid>/stat, at 100 ticks a second). */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /** stage -> {sum seconds, count} of docpipe_stage_duration_seconds over the four services. */
    Map<String, double[]> stageDurations() throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^docpipe_stage_duration_seconds_(sum|count)\\{([^}]*)\\}\\s+(\\S+)");
        Pattern stage = Pattern.compile("stage=\"([^\"]+)\"");
        for (int port : SERVICE_PORTS.values()) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String l : body.split("\n")) {
                Matcher m = line.matcher(l);
                if (m.find()) {
                    Matcher s = stage.matcher(m.group(2));
                    String name = s.find() ? s.group(1) : "?";
                    double[] v = out.computeIfAbsent(name, k -> new double[2]);
                    v[m.group(1).equals("sum") ? 0 : 1] += Double.parseDouble(m.group(3));
                }
            }
        }
        return out;
    }

    /** Starts a JFR recording (profile settings) in the process; stopped and dumped by {@link #stopRecording}. */
    static void startRecording(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "JFR.start", "name=bench", "settings=profile");
    }

    static void stopRecording(long pid, Path file) throws Exception {
        run("jcmd", Long.toString(pid), "JFR.stop", "name=bench", "filename=" + file);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws Exception {
        if (mongo != null) {
            mongo.close();
        }
        if (!ownStack) {
            return;
        }
        Map<String, Long> pids = pids();
        ProcessBuilder stop = new ProcessBuilder(root.resolve("docpipe").toString(), "stop").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        stop.environment().put("DOCPIPE_DATA_DIR", dataDir.toString());
        stop.environment().put("DOCPIPE_SKIP_BUILD", "1");
        stop.start().waitFor();
        if (launcher != null) {
            launcher.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        for (long pid : pids.values()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }
}
