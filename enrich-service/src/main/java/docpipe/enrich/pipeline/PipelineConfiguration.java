package docpipe.enrich.pipeline;

import docpipe.enrich.EnrichServiceApplication;
import docpipe.enrich.annotate.Annotator;
import docpipe.enrich.annotate.DocumentEnricher;
import docpipe.events.Topics;
import docpipe.pipeline.StageDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The annotator, and this service's place in the pipeline: it reads {@code docs.parsed} and writes
 * {@code docs.enriched}; faults are retried with back-off, then the record goes to {@code docs.parsed.DLT} and
 * the document's status becomes FAILED (the pipeline starter builds the error handler from this).
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    Annotator annotator() {
        return Annotator.fromClasspath();
    }

    @Bean
    DocumentEnricher documentEnricher(Annotator annotator) {
        return new DocumentEnricher(annotator);
    }

    @Bean
    StageDefinition stageDefinition() {
        return StageDefinition.of("enrich", EnrichServiceApplication.NAME)
                .consuming(Topics.PARSED)
                .producing(Topics.ENRICHED)
                .describedBy(cause -> "Enrichment failed after retries: " + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage());
    }
}
