package docpipe.pipeline.preview;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class PreviewWorkersTest {

    @Test
    void refusesAPreviewBeyondTheWorkersAndTheQueueAtOnce() throws Exception {
        PreviewWorkers workers = new PreviewWorkers(new PreviewProperties("", 1, 1, Duration.ofSeconds(30)));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            clients.submit(() -> workers.run(() -> {
                started.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            var queued = clients.submit(() -> workers.run(() -> "queued"));
            await().atMost(Duration.ofSeconds(10)).until(() -> queuedCount(workers) == 1);

            assertThatThrownBy(() -> workers.run(() -> "one too many")).isInstanceOf(PreviewWorkers.Busy.class)
                    .hasMessageContaining("too many previews");

            release.countDown();
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
        } finally {
            release.countDown();
            clients.shutdownNow();
            workers.destroy();
        }
    }

    @Test
    void answersABusyPreviewWith503ProblemDetailsAndWhenToRetry() {
        var answer = new PreviewWorkers.Busy("2 previews are running", 7).response();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("7");
        assertThat(answer.getBody().getDetail()).isEqualTo("2 previews are running");
        assertThat(answer.getBody().getProperties()).containsEntry("reason", "preview-busy");
    }

    @Test
    void givesUpAPreviewThatOutlastsItsTime() {
        PreviewWorkers workers = new PreviewWorkers(new PreviewProperties("", 1, 0, Duration.ofMillis(200)));
        try {
            assertThatThrownBy(() -> workers.run(() -> {
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                return "never";
            })).isInstanceOf(PreviewWorkers.Busy.class).hasMessageContaining("longer than");
        } finally {
            workers.destroy();
        }
    }

    private static int queuedCount(PreviewWorkers workers) {
        return workers.queued();
    }
}
