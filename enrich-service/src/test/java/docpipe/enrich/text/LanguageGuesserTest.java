package docpipe.enrich.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "联合国开发计划署支持各国议会的工作。 | zh",
            "Межпарламентский союз и Организация Объединенных Наций | ru",
            "الاتحاد البرلماني الدولي والأمم المتحدة | ar",
            "The Inter-Parliamentary Union and the United Nations work together. | en",
            "L'Union interparlementaire et les Nations Unies travaillent pour la paix. | fr",
            "La Unión Interparlamentaria y las Naciones Unidas colaboran por el desarrollo. | es"})
    void guessesTheUnLanguageOfAText(String text, String language) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(language);
    }

    @org.junit.jupiter.api.Test
    void keepsADeclaredLanguageUnlessTheScriptContradictsIt() {
        assertThat(LanguageGuesser.confirm("fr", "the Union and the Assembly")).isEqualTo("fr");
        assertThat(LanguageGuesser.confirm("zh", "The Inter-Parliamentary Union and the United Nations")).isEqualTo("en");
        assertThat(LanguageGuesser.confirm("en", "各国议会联盟")).isEqualTo("zh");
        assertThat(LanguageGuesser.confirm(null, "各国议会联盟")).isEqualTo("zh");
    }
}
