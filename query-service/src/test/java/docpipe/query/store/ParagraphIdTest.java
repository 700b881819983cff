package docpipe.query.store;

import docpipe.events.DocumentId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParagraphIdTest {

    @Test
    void isTheDocumentIdAndTheIndexJoinedByAColon() {
        ParagraphId id = new ParagraphId(DocumentId.of("0123456789abcdef01234567"), 12);
        assertThat(id.value()).isEqualTo("0123456789abcdef01234567:12");
        assertThat(ParagraphId.parse(id.value())).isEqualTo(id);
    }

    @Test
    void refusesWhatIsNotAParagraphId() {
        assertThatThrownBy(() -> ParagraphId.parse("0123456789abcdef01234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParagraphId.parse("0123456789abcdef01234567:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParagraphId.parse("nope:1")).isInstanceOf(IllegalArgumentException.class);
    }
}
