package docpipe.ingest;

import docpipe.events.Topics;
import docpipe.pipeline.StageDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This service's place in the pipeline: it writes {@code docs.received} and reads {@code docs.status} to keep
 * its view of failed documents for reprocessing. A status record it cannot take is retried, then
 * dead-lettered; that is ingest's bookkeeping, not the document's failure, so no FAILED status is sent.
 */
@Configuration(proxyBeanMethods = false)
class IngestStage {

    @Bean
    StageDefinition stageDefinition() {
        return StageDefinition.of("ingest", IngestServiceApplication.NAME)
                .consuming(Topics.STATUS)
                .producing(Topics.RECEIVED)
                .withoutFailedStatus();
    }
}
