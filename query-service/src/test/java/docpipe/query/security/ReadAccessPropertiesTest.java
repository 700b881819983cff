package docpipe.query.security;

import docpipe.pipeline.TokenPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAccessPropertiesTest {

    @Test
    void refusesAPlaceholderReadToken() {
        assertThatThrownBy(() -> new ReadAccessProperties("change-me"))
                .isInstanceOf(TokenPolicy.UnsafeTokenException.class).hasMessageContaining("DOCPIPE_QUERY_READ_TOKEN");
        assertThatThrownBy(() -> new ReadAccessProperties("dev-token")).isInstanceOf(TokenPolicy.UnsafeTokenException.class);
    }

    @Test
    void leavesReadsOpenWhenNoTokenIsSet() {
        assertThat(new ReadAccessProperties("").token()).isEmpty();
        assertThat(new ReadAccessProperties("   ").token()).isEmpty();
        assertThat(new ReadAccessProperties(null).token()).isEmpty();
        assertThat(new ReadAccessProperties("c0ffee-4b1d-9e2a-7f3c-read").token()).isPresent();
    }

    @Test
    void neverShowsTheTokenInItsDescription() {
        assertThat(new ReadAccessProperties("c0ffee-4b1d-9e2a-7f3c-read").toString()).doesNotContain("c0ffee");
    }
}
