package docpipe.parse.structure;

import docpipe.events.DocumentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructurePatternsTest {

    @Test
    void readsTheDocumentTypesOfTheDataFilesAsTheContractsTypes() {
        var patterns = StructurePatterns.get();

        assertThat(patterns.typeWords()).containsKeys(DocumentType.REPORT, DocumentType.RESOLUTION, DocumentType.NOTE);
        assertThat(patterns.symbolType("A/RES/79/319").type()).isEqualTo(DocumentType.RESOLUTION);
    }

    @Test
    void refusesADocumentTypeTheContractDoesNotKnowNamingTheFile() {
        assertThat(StructurePatterns.documentType(" DECISION ", "symbol-types.tsv")).isEqualTo(DocumentType.DECISION);
        assertThatThrownBy(() -> StructurePatterns.documentType("MEMO", "symbol-types.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("structure/symbol-types.tsv: unknown document type 'MEMO'");
    }
}
