package docpipe.untext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences from UN documents of the corpus (A/RES/79/319 zh, A/RES/57/32 cited in A/RES/74/304 en,
 * A/RES/48/161 fr, S/2023/664 es) and, for Russian and Arabic, the preambular formula of General Assembly
 * resolutions as the UN prints it in those languages.
 */
class UnLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "又回顾其2002年11月19日第57/32号决议，其中邀请各国议会联盟以观察员身份参加大会的工作 | zh",
            "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года, озаглавленную «Преобразование нашего мира» | ru",
            "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 المعنون «تحويل عالمنا» | ar",
            "Recalling also its resolution 57/32 of 19 November 2002, in which the Assembly invited the Union | en",
            "Se félicitant de l’adoption de la résolution 48/8 du 22 octobre 1993, intitulée \"Assistance internationale\" | fr",
            "El 10 de septiembre de 2023, Etiopía anunció que había finalizado la cuarta fase del primer llenado | es",
            // from the copies this module replaces
            "联合国开发计划署支持各国议会的工作。 | zh",
            "Межпарламентский союз и Организация Объединенных Наций | ru",
            "الاتحاد البرلماني الدولي والأمم المتحدة | ar",
            "The Inter-Parliamentary Union and the United Nations work together. | en",
            "L'Union interparlementaire et les Nations Unies travaillent pour la paix. | fr",
            "La Unión Interparlamentaria y las Naciones Unidas colaboran por el desarrollo. | es"})
    void guessesTheUnLanguageOfAText(String text, String language) {
        assertThat(UnLanguages.guess(text)).contains(language);
    }

    @Test
    void aChineseParagraphQuotingEnglishNamesStaysChinese() {
        assertThat(UnLanguages.guess("联合国开发计划署(UNDP)与各国议会联盟(Inter-Parliamentary Union)合作")).contains("zh");
    }

    @Test
    void readsAnElidedFrenchArticleAsAFunctionWord() {
        assertThat(UnLanguages.guess("l’Assemblée d’Haïti")).contains("fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "2015", "70/1", "— 12 —", "UNICEF", "A/RES/79/319"})
    void saysNothingAboutATextThatDoesNotTell(String text) {
        assertThat(UnLanguages.guess(text)).isEmpty();
        assertThat(UnLanguages.confirm(null, text)).isEmpty();
    }

    @Test
    void saysNothingAboutNull() {
        assertThat(UnLanguages.guess(null)).isEmpty();
    }

    @Test
    void keepsADeclaredLanguageUnlessTheScriptContradictsIt() {
        assertThat(UnLanguages.confirm("fr", "the Union and the Assembly")).contains("fr");
        assertThat(UnLanguages.confirm("zh", "The Inter-Parliamentary Union and the United Nations")).contains("en");
        assertThat(UnLanguages.confirm("en", "各国议会联盟")).contains("zh");
        assertThat(UnLanguages.confirm(null, "各国议会联盟")).contains("zh");
        assertThat(UnLanguages.confirm("en", "الاتحاد البرلماني الدولي والأمم المتحدة")).contains("ar");
    }

    @Test
    void aParagraphWithoutLettersKeepsTheDeclaredLanguage() {
        assertThat(UnLanguages.confirm("zh", "2015")).contains("zh");
        assertThat(UnLanguages.confirm("ru", "70/1")).contains("ru");
    }

    @Test
    void aLatinParagraphWithoutFunctionWordsInAChineseOrRussianDocumentHasNoLanguage() {
        assertThat(UnLanguages.confirm("zh", "UNICEF")).isEmpty();
        assertThat(UnLanguages.confirm("ru", "A/RES/70/1")).isEmpty();
    }

    @Test
    void aShortQueryInAScriptOfOneLanguageTellsThatLanguageAndLatinTellsNone() {
        assertThat(UnLanguages.byScript("议会")).contains("zh");
        assertThat(UnLanguages.byScript("парламенты")).contains("ru");
        assertThat(UnLanguages.byScript("البرلمانات")).contains("ar");
        assertThat(UnLanguages.byScript("parliaments")).isEmpty();
        assertThat(UnLanguages.byScript("the parliaments of the world")).as("function words do not decide here").isEmpty();
        assertThat(UnLanguages.byScript("76/270")).isEmpty();
        assertThat(UnLanguages.byScript(null)).isEmpty();
    }

    @Test
    void knowsTheSixUnLanguages() {
        assertThat(UnLanguages.codes()).containsExactlyInAnyOrder("ar", "zh", "en", "es", "fr", "ru");
    }

    @Test
    void givesTheFunctionWordsOfLatinScriptLanguagesOnly() {
        assertThat(UnLanguages.functionWords("en")).contains("the", "of", "and");
        assertThat(UnLanguages.functionWords("es")).contains("de", "del");
        assertThat(UnLanguages.functionWords("zh")).isEmpty();
        assertThat(UnLanguages.functionWords(null)).isEmpty();
    }
}
