package docpipe.query.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With no read token configured (the default): every read is answered to anyone. */
class ReadsOpenWithoutTokenTest extends QueryServiceOverHttp {

    @Test
    void answersReadsWithoutAToken() throws Exception {
        assertThat(get("/api/themes").statusCode()).isEqualTo(200);
        assertThat(get("/api/search?q=parliament").statusCode()).isEqualTo(200);
        assertThat(get("/console/config.json").body()).contains("\"readTokenRequired\":false");
    }

    @Test
    void ignoresAnyAuthorizationHeaderSent() throws Exception {
        assertThat(get("/api/themes", "Bearer some-token-nobody-configured").statusCode()).isEqualTo(200);
        assertThat(get("/api/themes", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownDocumentWith404NotAnAuthenticationChallenge() throws Exception {
        var response = get("/api/documents/0123456789abcdef01234567");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }
}
