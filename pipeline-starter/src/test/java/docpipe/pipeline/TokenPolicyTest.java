package docpipe.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenPolicyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "dev-token", "change-me", "CHANGE-ME", " dev-token ", "short-1234", "aaaaaaaaaaaaaaaaaaaa"})
    void refusesMissingPlaceholderAndGuessableTokens(String token) {
        assertThatThrownBy(() -> TokenPolicy.check("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", token))
                .isInstanceOf(TokenPolicy.UnsafeTokenException.class)
                .hasMessageContaining("DOCPIPE_INGEST_TOKEN");
    }

    @Test
    void acceptsARandomToken() {
        assertThatCode(() -> TokenPolicy.check("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN",
                "3f9c1b7e2a6d4c08b5e1f7a9d2c4b6e8")).doesNotThrowAnyException();
    }
}
