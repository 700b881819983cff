package docpipe.pipeline.preview;

import docpipe.pipeline.TokenPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreviewPropertiesTest {

    @Test
    void refusesAPlaceholderPreviewToken() {
        assertThatThrownBy(() -> new PreviewProperties("dev-token", 1, 2, Duration.ofSeconds(30)))
                .isInstanceOf(TokenPolicy.UnsafeTokenException.class).hasMessageContaining("DOCPIPE_INGEST_TOKEN");
    }

    @Test
    void turnsPreviewsOffWithoutAToken() {
        assertThat(new PreviewProperties("", 1, 2, null).enabled()).isFalse();
        assertThat(new PreviewProperties(null, 1, 2, null).enabled()).isFalse();
        assertThat(new PreviewProperties("6f1e9a2b7c3d4e5f8a9b", 1, 2, null).enabled()).isTrue();
    }
}
