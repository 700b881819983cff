package docpipe.parse.isolation;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Extraction in child JVMs ({@link ExtractionChild}), one document at a time each, at most {@code workers} at once.
 * A child that does not answer within the timeout (plus a grace for its own, softer timeout to answer first) is
 * killed, which stops even a parse that ignores interrupts, and the document fails with reason {@code timeout}; a
 * child that runs out of its capped heap exits and the document fails with reason {@code limit}. Either way the
 * next document gets a fresh child. Idle children are kept and reused, so the JVM and Tika start once per child.
 */
public final class ChildProcessExtraction implements Extraction, AutoCloseable {

    /**
     * @param maxBytes  the largest file read
     * @param maxChars  the most characters extracted
     * @param timeout   the longest one extraction may take
     * @param workers   children that may parse at once
     * @param maxHeap   each child's {@code -Xmx} ({@code 512m})
     * @param startup   the extra time a fresh child gets for starting its JVM and loading Tika
     * @param readerClass a {@link ExtractionChild.ChildReader} the child runs instead of the service's reader (tests);
     *                  null for the real one
     */
    public record Options(long maxBytes, int maxChars, Duration timeout, int workers, String maxHeap, Duration startup,
                          String readerClass) {
    }

    private static final Logger log = LoggerFactory.getLogger(ChildProcessExtraction.class);
    /** The exit status of a JVM that {@code -XX:+ExitOnOutOfMemoryError} stopped. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final String INITIAL_HEAP = "32m";

    private final Options options;
    private final Semaphore slots;
    private final LinkedBlockingQueue<Child> idle = new LinkedBlockingQueue<>();
    private final List<Child> all = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile boolean closed;

    public ChildProcessExtraction(Options options) {
        this.options = options;
        this.slots = new Semaphore(options.workers());
    }

    @Override
    public ParsedDocument read(InputStream in, String fileName, String declaredMediaType)
            throws UnreadableDocumentException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            throw new UnreadableDocumentException("limit", fileName + " is larger than " + options.maxBytes() + " bytes");
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("empty", fileName + " is empty");
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("timeout", "reading " + fileName + " was interrupted", e);
        }
        try {
            return readInChild(bytes, fileName, declaredMediaType);
        } finally {
            slots.release();
        }
    }

    private ParsedDocument readInChild(byte[] bytes, String fileName, String declaredType)
            throws UnreadableDocumentException, IOException {
        Child child = idle.poll();
        Duration allowed = options.timeout().plus(GRACE);
        if (child == null || !child.process.isAlive()) {
            child = start();
            allowed = allowed.plus(options.startup());
        }
        Answer answer;
        try {
            answer = child.ask(fileName, declaredType, bytes, allowed);
        } catch (TimeoutException e) {
            child.kill();
            log.warn("extraction of '{}' took longer than {} s: its child process {} was killed", fileName,
                    allowed.toSeconds(), child.process.pid());
            throw new UnreadableDocumentException("timeout", "reading " + fileName + " took longer than "
                    + options.timeout().toSeconds() + " s and was stopped");
        } catch (IOException | ExecutionException e) {
            throw childDied(child, fileName, e);
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("timeout", "reading " + fileName + " was interrupted", e);
        }
        return handle(child, answer, fileName);
    }

    private ParsedDocument handle(Child child, Answer answer, String fileName) throws UnreadableDocumentException, IOException {
        switch (answer.status()) {
            case Wire.PARSED -> {
                ParsedDocument parsed = json.readValue(answer.document(), ParsedDocument.class);
                release(child);
                return parsed;
            }
            case Wire.UNREADABLE -> {
                // after its own timeout the child may still hold a parse thread that ignores interrupts
                if ("timeout".equals(answer.reason())) {
                    child.kill();
                } else {
                    release(child);
                }
                throw new UnreadableDocumentException(answer.reason(), answer.message());
            }
            default -> {
                release(child);
                throw new IOException("the extraction of " + fileName + " failed in its child process: " + answer.message());
            }
        }
    }

    /** A child's whole answer, read within the time allowed: the parsed document's JSON, or a reason and a message. */
    private record Answer(byte status, byte[] document, String reason, String message) {

        static Answer readFrom(DataInputStream in) throws IOException {
            byte status = in.readByte();
            return switch (status) {
                case Wire.PARSED -> new Answer(status, Wire.readBytes(in), null, null);
                case Wire.UNREADABLE -> new Answer(status, null, Wire.readString(in), Wire.readString(in));
                default -> new Answer(status, null, null, Wire.readString(in));
            };
        }
    }

    /** The child exited or broke the protocol while it had the document: out of its heap, or crashed on it. */
    private UnreadableDocumentException childDied(Child child, String fileName, Exception e) {
        Integer exit = child.exitCode();
        child.kill();
        if (exit != null && exit == OUT_OF_MEMORY_EXIT) {
            return new UnreadableDocumentException("limit", fileName + " needs more memory than a parse may take ("
                    + options.maxHeap() + ")", e);
        }
        return new UnreadableDocumentException("corrupt", fileName + " could not be read: the parser stopped on it"
                + (exit == null ? "" : " (exit status " + exit + ")"), e);
    }

    private void release(Child child) {
        if (closed) {
            child.kill();
        } else {
            idle.offer(child);
        }
    }

    private Child start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // A small footprint, as the local stack gives its services: -Xms small (without it the JVM starts with 1/64
        // of the machine's memory as heap, 384 MB on 24 GB, and stays that big resident for every small document),
        // and C1 only (no C2 compiler threads and their memory)
        command.addAll(List.of("-Xms" + INITIAL_HEAP, "-Xmx" + options.maxHeap(), "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
        command.addAll(ChildClasspath.launch(ExtractionChild.class));
        command.addAll(List.of(String.valueOf(options.maxBytes()), String.valueOf(options.maxChars()),
                String.valueOf(options.timeout().toMillis())));
        if (options.readerClass() != null) {
            command.add(options.readerClass());
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Child child = new Child(process);
        synchronized (all) {
            all.removeIf(c -> !c.process.isAlive());
            all.add(child);
        }
        log.debug("started extraction child {}", process.pid());
        return child;
    }

    /** Pids of the children alive now (for tests and diagnostics). */
    List<Long> childPids() {
        synchronized (all) {
            return all.stream().filter(c -> c.process.isAlive()).map(c -> c.process.pid()).toList();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            all.forEach(Child::kill);
            all.clear();
        }
        idle.clear();
    }

    /** One child JVM: its pipes and a thread that waits for its answer, so the wait can be given up. */
    private static final class Child {

        private final Process process;
        private final DataOutputStream requests;
        private final DataInputStream answers;
        private final ExecutorService waiter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "extraction-child-waiter");
            t.setDaemon(true);
            return t;
        });

        Child(Process process) {
            this.process = process;
            this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        }

        /** Sends the request and waits at most {@code allowed} for the whole answer. */
        Answer ask(String fileName, String declaredType, byte[] bytes, Duration allowed)
                throws IOException, TimeoutException, ExecutionException, InterruptedException {
            Future<Answer> answer = waiter.submit(() -> {
                Wire.writeRequest(requests, fileName, declaredType, bytes);
                return Answer.readFrom(answers);
            });
            try {
                return answer.get(allowed.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        }

        void kill() {
            process.destroyForcibly();
            waiter.shutdownNow();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Integer exitCode() {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
