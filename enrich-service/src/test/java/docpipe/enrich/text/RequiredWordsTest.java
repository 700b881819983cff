package docpipe.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    private static NormalizedText text(String s) {
        return TextNormalizer.normalize(s);
    }

    @Test
    void anyOfManyWordsLetsTheTextThroughWhereverItStands() {
        RequiredWords months = RequiredWords.parse("January|February|March|juillet|julio|июля|Décembre");

        assertThat(months.foundIn(text("adopted on 25 July 2025"))).isFalse();
        assertThat(months.foundIn(text("Le 25 JUILLET 2025"))).isTrue();
        assertThat(months.foundIn(text("el 3 de julio"))).isTrue();
        assertThat(months.foundIn(text("25 июля 2025 года"))).isTrue();
        assertThat(months.foundIn(text("en décembre"))).isTrue();
        assertThat(months.foundIn(text("March"))).isTrue();
        assertThat(months.foundIn(text(""))).isFalse();
    }

    @Test
    void aLongListIsLookedForInOnePassWithTheSameAnswers() {
        RequiredWords months = RequiredWords.parse("January|February|March|April|May|June|July|August|September"
                + "|October|November|December|janvier|février|juillet|julio|агуста|июля|Décembre|enero");

        assertThat(months.words()).hasSize(20);
        assertThat(months.foundIn(text("adopted on 25 Juli 2025"))).isFalse();
        assertThat(months.foundIn(text("Le 25 JUILLET 2025"))).isTrue();
        assertThat(months.foundIn(text("25 июля 2025 года"))).isTrue();
        assertThat(months.foundIn(text("en décembre"))).isTrue();
        assertThat(months.foundIn(text("1 de enero"))).isTrue();
        assertThat(months.foundIn(text("2025年7月"))).isFalse();
    }

    @Test
    void noWordsLetEveryTextThrough() {
        RequiredWords none = RequiredWords.parse("");

        assertThat(none.words()).isEmpty();
        assertThat(none.foundIn(text("anything"))).isTrue();
    }
}
