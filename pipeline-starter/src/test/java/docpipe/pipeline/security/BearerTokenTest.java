package docpipe.pipeline.security;

import docpipe.pipeline.TokenPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokenTest {

    private final BearerToken token = BearerToken.of("docpipe.query.read-token", "DOCPIPE_QUERY_READ_TOKEN",
            "s3cret-token-5d8e9a");

    @Test
    void acceptsTheTokenUnderTheBearerSchemeInAnyCase() {
        assertThat(token.isPresentedIn("Bearer s3cret-token-5d8e9a")).isTrue();
        assertThat(token.isPresentedIn("bearer s3cret-token-5d8e9a")).isTrue();
        assertThat(token.isPresentedIn("BEARER   s3cret-token-5d8e9a  ")).isTrue();
    }

    @Test
    void refusesAnotherTokenAPrefixOfItOrAnotherScheme() {
        assertThat(token.isPresentedIn(null)).isFalse();
        assertThat(token.isPresentedIn("")).isFalse();
        assertThat(token.isPresentedIn("Bearer ")).isFalse();
        assertThat(token.isPresentedIn("Bearer s3cret-tokeN")).isFalse();
        assertThat(token.isPresentedIn("Bearer s3cret-token-5d8e9a-and-more")).isFalse();
        assertThat(token.isPresentedIn("Basic s3cret-token-5d8e9a")).isFalse();
        assertThat(token.isPresentedIn("s3cret-token-5d8e9a")).isFalse();
    }

    @Test
    void cannotBeMadeFromAPlaceholderOrAShortToken() {
        assertThatThrownBy(() -> BearerToken.of("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", "change-me"))
                .isInstanceOf(TokenPolicy.UnsafeTokenException.class).hasMessageContaining("DOCPIPE_INGEST_TOKEN");
        assertThatThrownBy(() -> BearerToken.of("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", "short-1234"))
                .isInstanceOf(TokenPolicy.UnsafeTokenException.class);
    }

    @Test
    void neverShowsTheTokenInItsDescription() {
        assertThat(token.toString()).doesNotContain("s3cret");
    }
}
