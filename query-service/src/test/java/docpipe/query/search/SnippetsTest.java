package docpipe.query.search;

import docpipe.query.text.Tokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    private final Tokenizer tokenizer = Tokenizer.standard();

    private String snippet(String text, String query) {
        return Snippets.snippet(text, tokenizer.tokens(text), tokenizer.queryTerms(query));
    }

    @Test
    void highlightsEveryOccurrenceOfAChineseTerm() {
        assertThat(snippet("妇女在议会中的代表性仍然不足：妇女仅占全球议员的27.2%。", "妇女"))
                .isEqualTo("<em>妇女</em>在议会中的代表性仍然不足：<em>妇女</em>仅占全球议员的27.2%。");
    }

    @Test
    void mergesOverlappingBigramsIntoOneHighlight() {
        assertThat(snippet("支持妇女议员网络", "妇女议员")).isEqualTo("支持<em>妇女议员</em>网络");
    }

    @Test
    void highlightsWordsAsWrittenWhateverTheirFolding() {
        assertThat(snippet("Encourages Parliaments to act.", "parliament"))
                .isEqualTo("Encourages <em>Parliaments</em> to act.");
    }

    @Test
    void cutsAWindowAroundTheMatchesOfALongParagraph() {
        String text = "Lorem ipsum dolor sit amet. ".repeat(20) + "Women in parliament matter. " + "Consectetur adipiscing elit. ".repeat(20);
        String snippet = snippet(text, "parliament");
        assertThat(snippet).startsWith("…").endsWith("…").contains("<em>parliament</em>");
        assertThat(snippet.replace("<em>", "").replace("</em>", "").length()).isLessThanOrEqualTo(Snippets.WINDOW + 2);
    }

    @Test
    void escapesMarkupInTheText() {
        assertThat(snippet("a <b>women</b> & men", "women")).isEqualTo("a &lt;b&gt;<em>women</em>&lt;/b&gt; &amp; men");
    }

    @Test
    void showsTheStartOfTheTextWhenNothingMatches() {
        assertThat(snippet("Short text.", "absent")).isEqualTo("Short text.");
    }
}
