package docpipe.query.search;

import docpipe.query.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelevanceTest {

    private final Tokenizer tokenizer = Tokenizer.standard();

    private double score(String text, String query) {
        return Relevance.score(text, tokenizer.tokens(text), tokenizer.queryTerms(query), query);
    }

    @Test
    void moreOccurrencesScoreHigher() {
        assertThat(score("妇女在议会中的代表性仍然不足，妇女仅占27%。", "妇女"))
                .isGreaterThan(score("鼓励各国议会增加妇女的参与。", "妇女"));
    }

    @Test
    void aShorterParagraphWithTheSameOccurrencesScoresHigher() {
        String padding = " The Assembly took note of many other matters on its agenda during the session.".repeat(5);
        assertThat(score("Women in parliament.", "women")).isGreaterThan(score("Women in parliament." + padding, "women"));
    }

    @Test
    void theExactPhraseScoresHigherThanScatteredTerms() {
        assertThat(score("The participation of women in parliament is rising.", "women in parliament"))
                .isGreaterThan(score("Parliament heard that women participate.", "women in parliament"));
    }

    @Test
    void termsAbsentFromTheTextAddNothing() {
        assertThat(score("Youth and peace.", "women")).isZero();
        assertThat(Relevance.score("text", List.of(), List.of("x"), "x")).isZero();
    }
}
