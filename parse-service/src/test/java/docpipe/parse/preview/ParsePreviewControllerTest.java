package docpipe.parse.preview;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview endpoint over the real reader: same JSON shape as the pipeline publishes. */
@WebMvcTest(ParsePreviewController.class)
@TestPropertySource(properties = {"spring.config.name=parse-service", "docpipe.preview.token=" + ParsePreviewControllerTest.TOKEN})
@Import(ParsePreviewControllerTest.RealReader.class)
class ParsePreviewControllerTest {

    static final String TOKEN = "preview-3f9a1c7e5b2d4680";

    @Configuration(proxyBeanMethods = false)
    @Import(PreviewConfiguration.class)
    static class RealReader {
        @Bean
        ParsePreviewController controller(PreviewReader reader) {
            return new ParsePreviewController(reader);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void returnsTheParsedDocumentOfAnUploadedText() {
        var file = new MockMultipartFile("file", "A-RES-76-270.en.txt", "text/plain", """
                United Nations\tA/RES/76/270
                General Assembly
                Distr.: General
                10 May 2022

                Seventy-sixth session
                Agenda item 125

                Resolution adopted by the General Assembly on 2 May 2022

                76/270. Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union

                The General Assembly,

                Recalling its resolution 74/304 of 15 September 2020,

                1. Welcomes the report of the Secretary-General;

                2. Decides to include in the provisional agenda of its seventy-eighth session the item.
                """.getBytes(StandardCharsets.UTF_8));

        var result = mvc.post().uri("/api/parse").header("Authorization", "Bearer " + TOKEN).multipart().file(file);

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.metadata.symbol").isEqualTo("A/RES/76/270");
        assertThat(result).bodyJson().extractingPath("$.paragraphs[0].index").isEqualTo(0);
        assertThat(result).bodyJson().extractingPath("$.paragraphs").asArray().isNotEmpty();
    }

    @Test
    void answersAProblemForAFileWithNoText() {
        var file = new MockMultipartFile("file", "blank.txt", "text/plain", "   \n\n  ".getBytes(StandardCharsets.UTF_8));

        var result = mvc.post().uri("/api/parse").header("Authorization", "Bearer " + TOKEN).multipart().file(file);

        assertThat(result).hasStatus4xxClientError();
        assertThat(result).hasContentType("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo("empty");
    }

    @Test
    void refusesAPreviewWithoutTheToken() {
        var file = new MockMultipartFile("file", "a.txt", "text/plain", "The General Assembly".getBytes(StandardCharsets.UTF_8));

        var anonymous = mvc.post().uri("/api/parse").multipart().file(file);
        var wrong = mvc.post().uri("/api/parse").header("Authorization", "Bearer not-" + TOKEN).multipart().file(file);

        assertThat(anonymous).hasStatus(401).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(anonymous).headers().containsHeader("WWW-Authenticate");
        assertThat(wrong).hasStatus(401);
    }
}
