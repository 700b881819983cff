package docpipe.query.intake;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import docpipe.events.Topics;
import docpipe.pipeline.StageDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This service's place in the pipeline, the store stage: it reads {@code docs.enriched} and {@code docs.status}.
 * A record the store cannot take is retried with exponential back-off while its offset stays uncommitted; one
 * that cannot be read, is invalid, or outlasts the retries goes to {@code <topic>.DLT} and the document is
 * reported FAILED in the store stage (the pipeline starter builds the error handler from this).
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String STAGE = "store";
    static final String SERVICE = "query-service";

    @Bean
    StageDefinition stageDefinition() {
        return StageDefinition.of(STAGE, SERVICE)
                .consuming(Topics.ENRICHED, Topics.STATUS)
                .failingAtOnceOn(InvalidEventException.class)
                .describedBy(IntakeConfiguration::describe);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof InvalidEventException invalid) {
            return invalid.getMessage();
        }
        if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException) {
            return "The document store stayed unreachable: " + cause.getMessage();
        }
        return "Storing failed after retries: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
