package docpipe.query.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private final Tokenizer tokenizer = Tokenizer.standard();

    @Test
    void indexesChineseAsOverlappingBigrams() {
        assertThat(tokenizer.indexTerms("妇女议员")).containsExactly("妇女", "女议", "议员");
    }

    @Test
    void givesTheTokensAndTheSingleCharactersApartInOnePass() {
        String text = "男女，女 议员 UNDP 支持 Parliaments 2025年";

        Tokenizer.Indexed indexed = tokenizer.tokensAndCharacters(text);

        assertThat(indexed.terms()).isEqualTo(tokenizer.tokens(text));
        assertThat(indexed.characters()).isEqualTo(tokenizer.tokensWithCharacters(text).stream()
                .filter(t -> Tokenizer.isSingleCharacter(t.term())).toList());
        assertThat(indexed.characters().stream().map(Token::term)).contains("男", "女", "议", "员", "年");
    }

    @Test
    void offersSingleCharactersForHighlightingOnly() {
        assertThat(tokenizer.tokensWithCharacters("妇女").stream().map(Token::term)).containsExactly("妇", "妇女", "女");
        assertThat(Tokenizer.isSingleCharacter("女")).isTrue();
        assertThat(Tokenizer.isSingleCharacter("妇女")).isFalse();
        assertThat(Tokenizer.isSingleCharacter("a")).isFalse();
    }

    @Test
    void queriesChineseByBigramsOnly() {
        assertThat(tokenizer.queryTerms("妇女议员")).containsExactly("妇女", "女议", "议员");
        assertThat(tokenizer.queryTerms("妇女")).containsExactly("妇女");
    }

    @Test
    void aSingleChineseCharacterIsItsOwnTerm() {
        assertThat(tokenizer.queryTerms("女")).containsExactly("女");
        assertThat(tokenizer.indexTerms("男女，女")).containsExactly("男女", "女");
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String text = "截至2025年，妇女仅占27.2%。";
        Token women = tokenizer.tokens(text).stream().filter(t -> t.term().equals("妇女")).findFirst().orElseThrow();
        assertThat(text.substring(women.start(), women.end())).isEqualTo("妇女");
        Token year = tokenizer.tokens(text).stream().filter(t -> t.term().equals("2025")).findFirst().orElseThrow();
        assertThat(text.substring(year.start(), year.end())).isEqualTo("2025");
    }

    @Test
    void splitsMixedScriptsAtTheBoundary() {
        assertThat(tokenizer.indexTerms("开发署UNDP支持")).contains("开发", "发署", "undp", "支持").doesNotContain("署u");
    }

    @Test
    void foldsCaseAccentsPluralsAndFullWidthForms() {
        assertThat(tokenizer.queryTerms("Parliaments")).containsExactly("parliament");
        assertThat(tokenizer.queryTerms("Égalité des femmes")).containsExactly("egalite", "femme");
        assertThat(tokenizer.queryTerms("ＵＮＤＰ ２０３０")).containsExactly("undp", "2030");
        assertThat(tokenizer.queryTerms("policies")).containsExactly("policy");
        assertThat(tokenizer.queryTerms("process")).containsExactly("process");
    }

    @Test
    void dropsStopWordsAndPunctuation() {
        assertThat(tokenizer.queryTerms("the role of women, in parliament!")).containsExactly("role", "women", "parliament");
        assertThat(tokenizer.queryTerms("the of")).isEmpty();
    }

    @Test
    void splitsUnSymbolsIntoTheirParts() {
        assertThat(tokenizer.queryTerms("A/RES/79/319")).containsExactly("res", "79", "319");
    }

    @Test
    void handlesCyrillicAndArabicWords() {
        assertThat(tokenizer.queryTerms("Парламенты")).containsExactly("парламенты");
        assertThat(tokenizer.indexTerms("البرلمانات الوطنية")).hasSize(2);
    }

    @Test
    void foldsTextForPhraseMatching() {
        assertThat(Tokenizer.fold("  Women   in\nPARLIAMENT ")).isEqualTo("women in parliament");
        assertThat(List.of(Tokenizer.fold("Égalité"))).containsExactly("egalite");
    }
}
