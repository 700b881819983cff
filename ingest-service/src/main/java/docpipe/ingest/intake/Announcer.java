package docpipe.ingest.intake;

import docpipe.events.DocumentReceived;
import docpipe.events.StatusChanged;
import docpipe.events.Stage;
import docpipe.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes a received file on {@code docs.received} and its status, waiting for the broker's acknowledgement. */
@Component
class Announcer {

    private final KafkaTemplate<String, Object> kafka;
    private final IngestProperties properties;

    Announcer(KafkaTemplate<String, Object> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    void announce(DocumentReceived event) {
        String key = event.documentId().value();
        var received = kafka.send(Topics.RECEIVED, key, event);
        var status = kafka.send(Topics.STATUS, key, StatusChanged.reached(event.documentId(), Stage.RECEIVED,
                event.fileName(), "ingest-service", event.receivedAt()));
        try {
            long timeout = properties.publishTimeout().toMillis();
            received.get(timeout, TimeUnit.MILLISECONDS);
            status.get(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException(e);
        }
    }
}
