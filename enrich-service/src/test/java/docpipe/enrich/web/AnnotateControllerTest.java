package docpipe.enrich.web;

import docpipe.enrich.annotate.Annotator;
import docpipe.pipeline.preview.PreviewWorkers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotate endpoint over the real annotator and its shipped data. */
@WebMvcTest(AnnotateController.class)
@TestPropertySource(properties = {"spring.config.name=enrich-service", "docpipe.preview.token=" + AnnotateControllerTest.TOKEN})
@Import(AnnotateControllerTest.RealAnnotator.class)
class AnnotateControllerTest {

    static final String TOKEN = "annotate-7c2e9b4f1a6d3058";

    @Configuration(proxyBeanMethods = false)
    @Import(PreviewConfiguration.class)
    static class RealAnnotator {
        @Bean
        Annotator annotator() {
            return Annotator.fromClasspath();
        }

        @Bean
        AnnotateController controller(Annotator annotator, PreviewWorkers workers) {
            return new AnnotateController(annotator, workers);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void tagsAChineseParagraphWithCrossLanguageIds() {
        var result = mvc.post().uri("/api/annotate").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"text": "联合国开发计划署(开发署)与各国议会联盟合作，支持秘鲁议会落实《2030年可持续发展议程》。", "language": "zh"}
                        """);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.entities[*].id").asArray()
                .contains("org:UNDP", "org:IPU", "country:PER", "instrument:2030-agenda");
        assertThat(result).bodyJson().extractingPath("$.themes").asArray().isNotEmpty();
    }

    @Test
    void givesOffsetsIntoTheText() {
        String text = "The Inter-Parliamentary Union (IPU) met in Geneva.";
        var result = mvc.post().uri("/api/annotate").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + text + "\"}");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.entities[0].start").isEqualTo(text.indexOf("Inter-Parliamentary"));
    }

    @Test
    void refusesABlankText() {
        var result = mvc.post().uri("/api/annotate").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}");

        assertThat(result).hasStatus(400);
        assertThat(result).hasContentType("application/problem+json");
    }

    @Test
    void refusesAnAnnotationWithoutTheToken() {
        var anonymous = mvc.post().uri("/api/annotate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Sustainable development goals\"}");

        assertThat(anonymous).hasStatus(401).hasContentTypeCompatibleWith("application/problem+json");
    }
}
