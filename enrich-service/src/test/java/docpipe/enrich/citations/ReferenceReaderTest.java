package docpipe.enrich.citations;

import docpipe.enrich.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceReaderTest {

    private static final ReferenceReader reader = new ReferenceReader(ReferenceGrammar.fromClasspath());

    private static List<String> symbols(String text, String ownSymbol) {
        return reader.read(TextNormalizer.normalize(text), ownSymbol).stream().map(CitedSymbol::symbol).distinct()
                .toList();
    }

    private static List<String> symbols(String text) {
        return symbols(text, "A/RES/79/1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // English
            "Recalling its resolution 70/1 of 25 September 2015 | A/RES/70/1",
            "General Assembly resolution 60/251 | A/RES/60/251",
            "Human Rights Council resolution 5/1 | A/HRC/RES/5/1",
            "Human Rights Council resolution 16/21 | A/HRC/RES/16/21",
            "Security Council resolution 1325 (2000) | S/RES/1325(2000)",
            "Economic and Social Council resolution 2017/23 | E/RES/2017/23",
            "Commission on Human Rights resolution 2005/69 | E/CN.4/RES/2005/69",
            "its resolution 1874 (S-IV) | A/RES/1874(S-IV)",
            "resolution 2625 (XXV) | A/RES/2625(XXV)",
            "resolution 217 A (III) | A/RES/217A(III)",
            "resolution ES-10/19 | A/RES/ES-10/19",
            "its decision 47/456 | A/DEC/47/456",
            "Economic and Social Council decision 2019/212 | E/DEC/2019/212",
            // French
            "Rappelant sa résolution 70/1 du 25 septembre 2015 | A/RES/70/1",
            "la résolution 5/1 du Conseil des droits de l'homme | A/HRC/RES/5/1",
            "la résolution 1325 (2000) du Conseil de sécurité | S/RES/1325(2000)",
            "la résolution 2017/23 du Conseil économique et social | E/RES/2017/23",
            "sa décision 47/456 | A/DEC/47/456",
            // Spanish
            "Recordando su resolución 70/1, de 25 de septiembre de 2015 | A/RES/70/1",
            "la resolución 5/1 del Consejo de Derechos Humanos | A/HRC/RES/5/1",
            "la resolución 1325 (2000) del Consejo de Seguridad | S/RES/1325(2000)",
            "su decisión 47/456 | A/DEC/47/456",
            // Russian
            "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года | A/RES/70/1",
            "резолюция 5/1 Совета по правам человека | A/HRC/RES/5/1",
            "резолюцию 1325 (2000) Совета Безопасности | S/RES/1325(2000)",
            "резолюция 2017/23 Экономического и Социального Совета | E/RES/2017/23",
            "своё решение 47/456 | A/DEC/47/456",
            "резолюция 2625 (XXV) Генеральной Ассамблеи | A/RES/2625(XXV)",
            "резолюцию 44/192 А, где А кириллицей | A/RES/44/192A",
            // Chinese
            "回顾其第70/1号决议 | A/RES/70/1",
            "人权理事会第5/1号决议 | A/HRC/RES/5/1",
            "安全理事会第1325(2000)号决议 | S/RES/1325(2000)",
            "安全理事会第1325（2000）号决议 | S/RES/1325(2000)",
            "经济及社会理事会第2017/23号决议 | E/RES/2017/23",
            "大会第47/456号决定 | A/DEC/47/456",
            "人权理事会第59/112号决定 | A/HRC/DEC/59/112",
            "大会第ES-10/19号决议 | A/RES/ES-10/19",
            "大会第2625(XXV)号决议 | A/RES/2625(XXV)",
            // Arabic
            "إذ تشير إلى قرارها 70/1 | A/RES/70/1",
            "قرار مجلس حقوق الإنسان 5/1 | A/HRC/RES/5/1",
            "قرار مجلس الأمن 1325 (2000) | S/RES/1325(2000)",
            "قرار المجلس الاقتصادي والاجتماعي 2017/23 | E/RES/2017/23",
            "مقررها 47/456 | A/DEC/47/456",
            "وقرار مجلس الأمن 2216 (2015) | S/RES/2216(2015)"})
    void givesTheSymbolOfAResolutionOrDecisionCitedByNumber(String text, String symbol) {
        assertThat(symbols(text)).containsExactly(symbol);
    }

    @Test
    void givesEveryMemberOfAList() {
        assertThat(symbols("resolutions 44/192 A of 21 December 1989 and 46/198 A of 20 December 1991"))
                .containsExactly("A/RES/44/192A", "A/RES/46/198A");
        assertThat(symbols("its resolutions 44/192 A and B")).containsExactly("A/RES/44/192A", "A/RES/44/192B");
        assertThat(symbols("decisions 48/472 A and 48/477")).containsExactly("A/DEC/48/472A", "A/DEC/48/477");
        assertThat(symbols("Security Council resolutions 1325 (2000) and 1820 (2008)"))
                .containsExactly("S/RES/1325(2000)", "S/RES/1820(2008)");
        assertThat(symbols("ses résolutions 70/1, 71/313 et 72/279")).containsExactly("A/RES/70/1", "A/RES/71/313",
                "A/RES/72/279");
        assertThat(symbols("第60/251号和第65/281号决议")).containsExactly("A/RES/60/251", "A/RES/65/281");
        assertThat(symbols("les résolutions 1325 (2000) et 1820 (2008) du Conseil de sécurité"))
                .containsExactly("S/RES/1325(2000)", "S/RES/1820(2008)");
        assertThat(symbols("قراريها 70/1 و 71/313")).containsExactly("A/RES/70/1", "A/RES/71/313");
        assertThat(symbols("свои резолюции 70/1, 71/313 и 72/279")).containsExactly("A/RES/70/1", "A/RES/71/313",
                "A/RES/72/279");
        assertThat(symbols("sus resoluciones 44/192 A, de 21 de diciembre de 1989, y 46/198 A"))
                .containsExactly("A/RES/44/192A", "A/RES/46/198A");
        assertThat(symbols("人权理事会第5/1号和第16/21号决议")).containsExactly("A/HRC/RES/5/1", "A/HRC/RES/16/21");
        assertThat(symbols("резолюции 1325 (2000) и 1820 (2008) Совета Безопасности"))
                .containsExactly("S/RES/1325(2000)", "S/RES/1820(2008)");
    }

    @Test
    void givesEveryMemberOfARange() {
        assertThat(symbols("resolutions 79/98 to 79/101")).containsExactlyInAnyOrder("A/RES/79/98", "A/RES/79/99",
                "A/RES/79/100", "A/RES/79/101");
        assertThat(symbols("résolutions 1325 (2000) à 1327 (2000)")).containsExactlyInAnyOrder("S/RES/1325(2000)",
                "S/RES/1326(2000)", "S/RES/1327(2000)");
        assertThat(symbols("resolutions 78/10 to 79/2")).containsExactly("A/RES/78/10", "A/RES/79/2");
        assertThat(symbols("resolutions 76/247 A to C")).containsExactlyInAnyOrder("A/RES/76/247A", "A/RES/76/247B",
                "A/RES/76/247C");
    }

    @Test
    void aResolutionCitedWithoutItsBodyIsInTheCitingDocumentsSeries() {
        assertThat(symbols("Recalling its resolution 5/1", "A/HRC/RES/59/2")).containsExactly("A/HRC/RES/5/1");
        assertThat(symbols("Recalling its resolution 5/1", "A/HRC/59/15")).containsExactly("A/HRC/RES/5/1");
        assertThat(symbols("Recalling its resolution 70/1", "A/RES/80/1")).containsExactly("A/RES/70/1");
        assertThat(symbols("Recalling General Assembly resolution 60/251", "A/HRC/59/15"))
                .containsExactly("A/RES/60/251");
        assertThat(symbols("its decision 59/112", "A/HRC/59/15")).containsExactly("A/HRC/DEC/59/112");
        assertThat(symbols("resolution 2005/69", "A/HRC/59/15")).containsExactly("E/CN.4/RES/2005/69");
        assertThat(symbols("resolution 217 A (III)", "A/HRC/59/15")).containsExactly("A/RES/217A(III)");
        assertThat(symbols("resolution 2017/23", "E/2018/1")).containsExactly("E/RES/2017/23");
    }

    @Test
    void aSecurityCouncilDocumentCitingAnAssemblyResolutionStillCitesTheAssembly() {
        assertThat(symbols("resolution 1701 (2006) and resolution 70/1", "S/2025/153"))
                .containsExactly("S/RES/1701(2006)", "A/RES/70/1");
    }

    @Test
    void leavesOutResolutionsOfBodiesWithoutAKnownSeries() {
        assertThat(symbols("World Health Assembly resolution 72/6")).isEmpty();
        assertThat(symbols("Commission on the Status of Women resolution 60/2")).isEmpty();
        assertThat(symbols("decision 2/3 of the Conference of the Parties")).isEmpty();
        assertThat(symbols("Executive Board decision 2019/5")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "see A/AC.105/1168. | A/AC.105/1168", "A/73/L.6 | A/73/L.6", "A/73/L.6/Add.1 | A/73/L.6/Add.1",
            "(A/48/826/Add.1) | A/48/826/Add.1", "the report A/77/443, | A/77/443",
            "CEDAW/C/SVN/CO/7 | CEDAW/C/SVN/CO/7", "CCPR/C/121/D/2025/2011 | CCPR/C/121/D/2025/2011",
            "ST/SGB/2019/8 | ST/SGB/2019/8", "A/HRC/WG.6/48/SVN/1 | A/HRC/WG.6/48/SVN/1",
            "S/RES/1325 (2000) | S/RES/1325(2000)", "A/C.3/80/L.26 | A/C.3/80/L.26", "E/CN.6/2020/L.1 | E/CN.6/2020/L.1",
            "A/78/6 (Sect. 3)/Add.1, | A/78/6(Sect.3)/Add.1", "JIU/REP/2024/3 (Part I) | JIU/REP/2024/3"})
    void readsSymbolsPrintedInFull(String text, String symbol) {
        assertThat(symbols(text)).containsExactly(symbol);
    }

    @Test
    void keepsAJointSymbolWholeEvenWhenALineBreaksAfterItsHyphen() {
        assertThat(symbols("(A/79/591-S/2024/804)")).containsExactly("A/79/591-S/2024/804");
        assertThat(symbols("(A/79/620- S/2024/841)")).containsExactly("A/79/620-S/2024/841");
    }

    @Test
    void readsNothingThatOnlyLooksLikeASymbol() {
        assertThat(symbols("24/7 support and/or A/B testing, Article 2/3, in 2015/16")).isEmpty();
        assertThat(symbols("https://docs.un.org/en/A/RES/76/270")).isEmpty();
        assertThat(symbols("the resolution was adopted by 120 votes to 10")).isEmpty();
        assertThat(symbols("to be issued as A/C.5/80/___ and A/80/7/Add.__")).isEmpty();
    }
}
