package docpipe.pipeline;

import docpipe.events.DocumentId;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes what a stage made of a document. It returns only once the broker acknowledged every record,
 * and throws otherwise, so a listener that calls it last has its input offset committed only after its
 * output is safely on the broker; a failed send is retried by the error handler like any other fault.
 */
public class StageOutput {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;

    public StageOutput(KafkaTemplate<String, Object> kafka, Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    /** Sends {@code result} to {@code topic} and the document's new {@code status}, and waits for both. */
    public void publish(String topic, DocumentId document, Object result, StatusChanged status) {
        String key = document.value();
        var sent = kafka.send(topic, key, result);
        var reported = kafka.send(Topics.STATUS, key, status);
        await(sent, topic, document);
        await(reported, Topics.STATUS, document);
    }

    /** Sends a status alone and waits for it. */
    public void publish(StatusChanged status) {
        await(kafka.send(Topics.STATUS, status.documentId().value(), status), Topics.STATUS, status.documentId());
    }

    private void await(CompletableFuture<SendResult<String, Object>> send, String topic, DocumentId document) {
        try {
            send.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while publishing " + document + " to " + topic, e);
        } catch (ExecutionException e) {
            throw new PublishFailedException("The broker refused " + document + " on " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("The broker did not acknowledge " + document + " on " + topic
                    + " within " + timeout, e);
        }
    }
}
