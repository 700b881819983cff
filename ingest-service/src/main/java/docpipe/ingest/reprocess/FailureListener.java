package docpipe.ingest.reprocess;

import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.ingest.IngestServiceApplication;
import docpipe.ingest.intake.Reprocessing;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows {@code docs.status} to know which accepted files a later stage failed on. */
@Component
class FailureListener {

    private final Reprocessing reprocessing;

    FailureListener(Reprocessing reprocessing) {
        this.reprocessing = reprocessing;
    }

    @KafkaListener(topics = Topics.STATUS, groupId = IngestServiceApplication.NAME)
    void on(StatusChanged status) {
        if (status.stage() == Stage.FAILED) {
            reprocessing.recordFailure(status.documentId(), status.error(), status.at());
        }
    }
}
