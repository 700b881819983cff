package docpipe.pipeline.preview;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The previews' own few threads and short queue. A preview beyond them is refused at once ({@link Busy}) rather
 * than waiting on threads the pipeline needs; one that outlasts its time is given up ({@link Busy} too).
 */
public class PreviewWorkers implements DisposableBean {

    private final ThreadPoolExecutor executor;
    private final PreviewProperties properties;

    public PreviewWorkers(PreviewProperties properties) {
        this.properties = properties;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.MILLISECONDS,
                properties.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(properties.queue()), r -> {
                    Thread t = new Thread(r, "preview-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    public <T> T run(Callable<T> work) throws Exception {
        Future<T> job;
        try {
            job = executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw new Busy("too many previews are waiting (" + properties.workers() + " running, " + properties.queue()
                    + " queued); retry shortly", 5);
        }
        try {
            return job.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new Busy("the preview took longer than " + properties.timeout().toSeconds() + " s and was given up",
                    properties.timeout().toSeconds());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Previews waiting for a worker. */
    int queued() {
        return executor.getQueue().size();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** No worker could take the preview in time: 503 with {@code Retry-After}. */
    public static final class Busy extends RuntimeException {

        private final long retryAfterSeconds;

        Busy(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /** The answer a preview endpoint gives: 503 problem details with {@code Retry-After}, the same in every service. */
        public ResponseEntity<ProblemDetail> response() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, getMessage());
            problem.setTitle("Previews are busy");
            problem.setProperty("reason", "preview-busy");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)).body(problem);
        }
    }
}
