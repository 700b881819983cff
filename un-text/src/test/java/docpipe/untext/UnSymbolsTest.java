package docpipe.untext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnSymbolsTest {

    @Test
    void writesSecurityCouncilResolutionsWithoutTheSpaceBeforeTheYear() {
        assertThat(UnSymbols.normalize("S/RES/1325 (2000)")).isEqualTo("S/RES/1325(2000)");
        assertThat(UnSymbols.normalize("S/RES/2768(2025)")).isEqualTo("S/RES/2768(2025)");
    }

    @Test
    void joinsPartLettersAndSessionsToTheNumber() {
        assertThat(UnSymbols.normalize("A/RES/44/192 A")).isEqualTo("A/RES/44/192A");
        assertThat(UnSymbols.normalize("A/RES/1874 (S-IV)")).isEqualTo("A/RES/1874(S-IV)");
        assertThat(UnSymbols.normalize("A/RES/ES-10/19")).isEqualTo("A/RES/ES-10/19");
    }

    @Test
    void keepsTheMixedCaseOfAddendaRevisionsAndCorrigenda() {
        assertThat(UnSymbols.normalize("A/73/L.6/ADD.1")).isEqualTo("A/73/L.6/Add.1");
        assertThat(UnSymbols.normalize("a/hrc/59/15/add.1")).isEqualTo("A/HRC/59/15/Add.1");
        assertThat(UnSymbols.normalize("E/CN.6/2020/L.1/Rev.2")).isEqualTo("E/CN.6/2020/L.1/Rev.2");
        assertThat(UnSymbols.normalize("A/HRC/WG.6/48/SVN/1")).isEqualTo("A/HRC/WG.6/48/SVN/1");
        assertThat(UnSymbols.normalize("A/AC.105/1168")).isEqualTo("A/AC.105/1168");
    }

    @Test
    void writesBudgetSectionsAndVolumesAsTheUnDoes() {
        assertThat(UnSymbols.normalize("A/78/6 (Sect. 3)/Add.1")).isEqualTo("A/78/6(Sect.3)/Add.1");
        assertThat(UnSymbols.normalize("A/80/5 (VOL. I)")).isEqualTo("A/80/5(Vol.I)");
    }

    @Test
    void foldsFullWidthCharactersAndLineBreaks() {
        assertThat(UnSymbols.normalize("Ａ/ＲＥＳ/７６/２７０")).isEqualTo("A/RES/76/270");
        assertThat(UnSymbols.normalize("S/RES/1325（2000）")).isEqualTo("S/RES/1325(2000)");
        assertThat(UnSymbols.normalize("A/48/\n826/Add.1")).isEqualTo("A/48/826/Add.1");
    }

    @Test
    void dropsTheSentencePunctuationAroundASymbol() {
        assertThat(UnSymbols.normalize("A/77/443.")).isEqualTo("A/77/443");
        assertThat(UnSymbols.normalize("(A/77/443),")).isEqualTo("A/77/443");
        assertThat(UnSymbols.normalize("S/RES/1325 (2000).")).isEqualTo("S/RES/1325(2000)");
    }

    @Test
    void acceptsDocumentIdsAndGivesThemBack() {
        assertThat(UnSymbols.normalize("doc:A/RES/76/270")).isEqualTo("A/RES/76/270");
        assertThat(UnSymbols.documentId("S/RES/1325 (2000)")).isEqualTo("doc:S/RES/1325(2000)");
    }

    @Test
    void givesOneKeyForEveryWritingOfTheSameSymbol() {
        assertThat(UnSymbols.key("a/hrc/59/15/add.1")).isEqualTo(UnSymbols.key("A/HRC/59/15/Add.1"))
                .isEqualTo("A/HRC/59/15/ADD.1");
        assertThat(UnSymbols.key("doc:s/res/1325 (2000)")).isEqualTo("S/RES/1325(2000)");
    }

    @Test
    void answersNullForNothing() {
        assertThat(UnSymbols.normalize(null)).isNull();
        assertThat(UnSymbols.normalize("  ")).isNull();
        assertThat(UnSymbols.key("doc:")).isNull();
    }

    @Test
    void writesCyrillicLookAlikesInLatin() {
        assertThat(UnSymbols.normalize("A/RES/44/192 А")).isEqualTo("A/RES/44/192A");
        assertThat(UnSymbols.normalize("А/RES/2200 В (XXI)")).isEqualTo("A/RES/2200B(XXI)");
    }

    @Test
    void keepsJointSymbolsWhole() {
        assertThat(UnSymbols.normalize("A/79/876-S/2025/230")).isEqualTo("A/79/876-S/2025/230");
    }
}
