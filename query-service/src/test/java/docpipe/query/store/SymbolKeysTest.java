package docpipe.query.store;

import docpipe.untext.UnSymbols;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The read model compares symbols by the shared normaliser's key: the way enrich writes a reference finds the document. */
class SymbolKeysTest {

    @Test
    void aReferenceAsEnrichWritesItHasTheKeyOfTheSymbolAsParsePrintsIt() {
        assertThat(UnSymbols.key("doc:A/RES/76/270")).isEqualTo(UnSymbols.key("A/RES/76/270"));
        assertThat(UnSymbols.key("doc:S/RES/2768(2025)")).isEqualTo(UnSymbols.key("S/RES/2768 (2025)"));
        assertThat(UnSymbols.key(" a/res/79/319 ")).isEqualTo("A/RES/79/319");
        assertThat(UnSymbols.key("  ")).isNull();
        assertThat(UnSymbols.key(null)).isNull();
    }
}
