package docpipe.ingest.cors;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CorsFilter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleCorsTest {

    private final CorsFilter filter = new CorsFilter(ConsoleCors.source(
            new CorsProperties(List.of(" http://localhost:8084", "http://127.0.0.1:8084", ""))));

    @Test
    void answersThePreflightOfTheConsolesOriginWithoutAskingForTheToken() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(preflight("http://127.0.0.1:8084"), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:8084");
        assertThat(response.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        assertThat(chain.getRequest()).as("a preflight stops here").isNull();
    }

    @Test
    void refusesAnyOtherOrigin() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(preflight("http://evil.example"), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void marksTheRealRequestOfTheConsoleAndPassesItOnToTheTokenCheck() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/documents");
        upload.addHeader("Origin", "http://localhost:8084");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(upload, response, chain);

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8084");
        assertThat(chain.getRequest()).isSameAs(upload);
    }

    private static MockHttpServletRequest preflight(String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/documents");
        request.addHeader("Origin", origin);
        request.addHeader("Access-Control-Request-Method", "POST");
        request.addHeader("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
