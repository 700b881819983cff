package docpipe.parse.pipeline;

import docpipe.events.Topics;
import docpipe.parse.ParseServiceApplication;
import docpipe.parse.extract.UnreadableDocumentException;
import docpipe.pipeline.StageDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This service's place in the pipeline: it reads {@code docs.received} and writes {@code docs.parsed}. A file
 * that can never be read fails at once; anything else is retried with back-off; then the record goes to
 * {@code docs.received.DLT} and the document's status becomes FAILED with the reason (the pipeline starter
 * builds the error handler from this).
 */
@Configuration(proxyBeanMethods = false)
class ParseStage {

    @Bean
    StageDefinition stageDefinition() {
        return StageDefinition.of("parse", ParseServiceApplication.NAME)
                .consuming(Topics.RECEIVED)
                .producing(Topics.PARSED)
                .failingAtOnceOn(UnreadableDocumentException.class)
                .describedBy(ParseStage::describe);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof UnreadableDocumentException unreadable) {
            return unreadable.getMessage();
        }
        return "Parsing failed after retries: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
