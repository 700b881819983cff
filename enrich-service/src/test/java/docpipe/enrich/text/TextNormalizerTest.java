package docpipe.enrich.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void foldsFullWidthFormsAndCase() {
        var text = TextNormalizer.normalize("ＵＮＤＰ（开发署）");

        assertThat(text.folded()).isEqualTo("undp(开发署)");
        assertThat(text.cased()).isEqualTo("UNDP(开发署)");
    }

    @Test
    void dropsSpacesNextToCjkAndKeepsOffsetsIntoTheOriginal() {
        String original = "《2030 年可持续发展议程》";
        var text = TextNormalizer.normalize(original);

        int begin = text.folded().indexOf("2030年");
        int end = text.folded().indexOf("》");
        assertThat(begin).isGreaterThanOrEqualTo(0);
        assertThat(original.substring(text.originalStart(begin), text.originalEnd(end)))
                .isEqualTo("2030 年可持续发展议程");
    }

    @Test
    void collapsesLineBreaksBetweenLatinWordsToOneSpace() {
        assertThat(TextNormalizer.normalize("Inter-Parliamentary\n  Union").folded()).isEqualTo("inter-parliamentary union");
    }

    @Test
    void joinsAHyphenThatPdfExtractionDetached() {
        assertThat(TextNormalizer.normalize("Office of Counter -Terrorism").folded()).isEqualTo("office of counter-terrorism");
        assertThat(TextNormalizer.normalize("development – the economic").folded()).isEqualTo("development - the economic");
    }

    @Test
    void makesTypographicApostrophesAndDashesPlain() {
        assertThat(TextNormalizer.fold("Côte d’Ivoire 2015–2030")).isEqualTo("côte d'ivoire 2015-2030");
    }
}
