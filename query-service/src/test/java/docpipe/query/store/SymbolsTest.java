package docpipe.query.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SymbolsTest {

    @Test
    void normalisesEntityIdsAndSpacing() {
        assertThat(Symbols.key("doc:A/RES/76/270")).isEqualTo("A/RES/76/270");
        assertThat(Symbols.key(" a/res/79/ 319 ")).isEqualTo("A/RES/79/319");
        assertThat(Symbols.key("  ")).isNull();
        assertThat(Symbols.key(null)).isNull();
    }
}
