package docpipe.enrich.entities;

import docpipe.events.Annotations.EntityMention;
import docpipe.events.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRecognizerTest {

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void loadGazetteer() {
        recognizer = new EntityRecognizer(Gazetteer.fromClasspath());
    }

    private static List<EntityMention> find(String text) {
        return recognizer.recognize(text, new DocumentVocabulary());
    }

    private static List<String> ids(String text) {
        return find(text).stream().map(EntityMention::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "联合国开发计划署 | org:UNDP", "开发署 | org:UNDP", "UNDP | org:UNDP",
            "Programme des Nations Unies pour le développement | org:UNDP",
            "各国议会联盟 | org:IPU", "议联 | org:IPU", "Inter-Parliamentary Union | org:IPU", "IPU | org:IPU",
            "Union interparlementaire | org:IPU", "Межпарламентский союз | org:IPU",
            "联合国促进性别平等和增强妇女权能署 | org:UN-WOMEN", "UN-Women | org:UN-WOMEN",
            "人权高专办 | org:OHCHR", "世卫组织 | org:WHO", "Organización Mundial de la Salud | org:WHO",
            "多民族玻利维亚国 | country:BOL", "Bolivia (Plurinational State of) | country:BOL", "Bolivie | country:BOL",
            "秘鲁 | country:PER", "Pérou | country:PER", "Перу | country:PER", "بيرو | country:PER",
            "大不列颠及北爱尔兰联合王国 | country:GBR", "Türkiye | country:TUR", "State of Palestine | country:PSE",
            "《2030 年可持续发展议程》 | instrument:2030-agenda", "2030 Agenda for Sustainable Development | instrument:2030-agenda",
            "《未来契约》 | instrument:pact-for-the-future", "Paris Agreement | instrument:paris-agreement"})
    void givesTheSameIdToEveryWrittenFormOfAnEntity(String text, String id) {
        assertThat(ids(text)).containsExactly(id);
    }

    @Test
    void reportsTheTextAsWrittenWithOffsetsIntoIt() {
        String text = "大会在《2030 年可持续发展议程》中";
        var mention = find(text).stream().filter(m -> m.id().equals("instrument:2030-agenda")).findFirst().orElseThrow();

        assertThat(mention.text()).isEqualTo("2030 年可持续发展议程");
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        assertThat(mention.type()).isEqualTo(EntityType.INSTRUMENT);
        assertThat(mention.name()).isEqualTo("Transforming our world: the 2030 Agenda for Sustainable Development");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the Office of the United Nations High Commissioner for Human Rights | org:OHCHR",
            "the United Nations High Commissioner for Human Rights | org:OHCHR",
            "the World Trade Organization | org:WTO", "Organisation mondiale du commerce | org:WTO",
            "the International Criminal Court | org:ICC", "the Human Rights Committee | org:CCPR",
            "Comité des droits de l'enfant | org:CRC", "the Working Group on Arbitrary Detention | org:WGAD",
            "the Special Rapporteur on the right to food | org:SR-FOOD", "万国邮政联盟 | org:UPU"})
    void knowsTheUnSystemByItsOfficialNames(String text, String id) {
        assertThat(ids(text)).containsExactly(id);
    }

    @Test
    void longestMatchWins() {
        assertThat(ids("联合国开发计划署和联合国")).containsExactly("org:UNDP", "org:UN");
        assertThat(ids("在印度尼西亚")).containsExactly("country:IDN");
    }

    @Test
    void aStateNamedInsideAnOrganisationIsANestedMention() {
        String text = "联合国组织刚果民主共和国稳定特派团支持启动协商框架";
        var mentions = find(text);

        assertThat(mentions).extracting(EntityMention::id).containsExactly("org:MONUSCO", "country:COD");
        assertThat(mentions.get(1).start()).isGreaterThan(mentions.get(0).start());
        assertThat(mentions.get(1).end()).isLessThan(mentions.get(0).end());
        assertThat(ids("the United Nations Assistance Mission for Iraq")).containsExactly("org:UNAMI", "country:IRQ");
    }

    @Test
    void doesNotFindACountryInsideAnotherWord() {
        assertThat(ids("发展中国家和最不发达国家")).doesNotContain("country:CHN");
        assertThat(ids("非洲葡萄牙语国家")).doesNotContain("country:PRT");
        assertThat(ids("中国和印度")).containsExactly("country:CHN", "country:IND");
    }

    @Test
    void matchesAcronymsOnlyInCapitals() {
        assertThat(ids("those who work with WHO")).containsExactly("org:WHO");
    }

    @Test
    void doesNotMatchInsideALatinWord() {
        assertThat(ids("Omani and Chadian delegates")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "大会第 76/270 号决议 | doc:A/RES/76/270", "第76/270号决议 | doc:A/RES/76/270",
            "its resolution 76/270 of 21 June 2022 | doc:A/RES/76/270", "A/RES/76/270 | doc:A/RES/76/270",
            "安全理事会第 1244(1999)号决议 | doc:S/RES/1244(1999)", "Security Council resolution 1244 (1999) | doc:S/RES/1244(1999)",
            "S/RES/1244 (1999) | doc:S/RES/1244(1999)", "la résolution 76/270 | doc:A/RES/76/270",
            "(CEDAW/C/GC/40) | doc:CEDAW/C/GC/40", "A/79/837 | doc:A/79/837", "A/76/L.63/Add.1 | doc:A/76/L.63/Add.1"})
    void normalisesDocumentSymbolsInEveryForm(String text, String id) {
        assertThat(ids(text)).contains(id);
    }

    @Test
    void splitsAListOfResolutions() {
        assertThat(ids("recalling its resolutions 70/1, 72/278 and 73/195"))
                .containsExactly("doc:A/RES/70/1", "doc:A/RES/72/278", "doc:A/RES/73/195");
    }

    @Test
    void aRangeOfResolutionsMentionsEveryMember() {
        assertThat(ids("recalling its resolutions 79/98 to 79/101"))
                .containsExactlyInAnyOrder("doc:A/RES/79/98", "doc:A/RES/79/99", "doc:A/RES/79/100", "doc:A/RES/79/101");
    }

    @Test
    void aHumanRightsCouncilDocumentCitesTheCouncilsOwnSeries() {
        var vocabulary = new DocumentVocabulary("A/HRC/59/15");
        assertThat(recognizer.recognize("in accordance with its resolution 5/1", vocabulary))
                .extracting(EntityMention::id).containsExactly("doc:A/HRC/RES/5/1");
        assertThat(ids("in accordance with its resolution 5/1")).containsExactly("doc:A/RES/5/1");
    }

    @Test
    void ignoresSymbolsInsideLinks() {
        assertThat(ids("https://docs.un.org/zh/A/RES/76/270")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025年7月25日 | date:2025-07-25", "2024 年 5 月 11 日和 12 日 | date:2024-05-11",
            "2024 年 9 月 | date:2024-09", "on 25 July 2025 | date:2025-07-25", "in June 2019 | date:2019-06",
            "le 25 juillet 2025 | date:2025-07-25", "el 25 de julio de 2025 | date:2025-07-25",
            "25 июля 2025 года | date:2025-07-25", "30.4% | percent:30.4", "17 per cent | percent:17", "30％ | percent:30"})
    void recognisesDatesAndPercentagesAtTheirWrittenPrecision(String text, String id) {
        assertThat(ids(text)).containsExactly(id);
    }

    @Test
    void generalAssemblyUnlessTheTextHasNamedTheIpuAssembly() {
        assertThat(ids("大会第 76/270 号决议")).startsWith("org:UNGA");
        assertThat(ids("参加了第148届议联大会和会议期间的青年议员论坛会议，在 2024 年 10 月大会期间"))
                .containsSubsequence("org:IPU-ASSEMBLY", "org:IPU-ASSEMBLY").doesNotContain("org:UNGA");
    }

    @Test
    void theIpuSecretaryGeneralIsNotTheUnSecretaryGeneral() {
        assertThat(ids("秘书长定期与议联主席和秘书长会晤")).containsExactly("org:UN-SG", "org:IPU-PRESIDENT", "org:IPU-SG");
        assertThat(ids("the IPU Secretary General met the Secretary-General"))
                .containsExactly("org:IPU-SG", "org:UN-SG");
        assertThat(ids("联合国与各国议会联盟的互动秘书长的报告")).containsExactly("org:UN", "org:IPU", "org:UN-SG");
    }

    @Test
    void theConventionIsTheOneTheTextHasJustNamed() {
        assertThat(ids("普遍加入《制止核恐怖主义行为国际公约》青年学院，培养新一代《公约》倡导者。"))
                .containsExactly("instrument:icsant", "instrument:icsant");
        assertThat(ids("新版《消除对妇女一切形式歧视公约》及其《任择议定书》议员手册，支持议会将《公约》转化为国家立法。"))
                .containsExactly("instrument:cedaw", "instrument:cedaw-optional-protocol", "instrument:cedaw");
        assertThat(ids("培养新一代《公约》倡导者。")).isEmpty();
    }

    @Test
    void anAssistantSecretaryGeneralIsNotTheSecretaryGeneral() {
        assertThat(ids("建设和平支助事务助理秘书长参加了会议")).doesNotContain("org:UN-SG");
    }

    @Test
    void learnsAnAcronymDefinedInEnglish() {
        var vocabulary = new DocumentVocabulary();
        recognizer.recognize("the Human Security Unit (HSecU) of the United Nations", vocabulary);

        assertThat(recognizer.recognize("HSecU and hsecu", vocabulary)).extracting(EntityMention::id).containsExactly("org:HSU");
    }

    @Test
    void learnsAnAbbreviationTheTextDefines() {
        var vocabulary = new DocumentVocabulary();
        var first = recognizer.recognize("人的安全股(安全股)成立后，安全股与议联合作。", vocabulary);
        var later = recognizer.recognize("安全股支持该运动。", vocabulary);

        assertThat(first).extracting(EntityMention::text).containsExactly("人的安全股", "安全股", "安全股", "议联");
        assertThat(first).extracting(EntityMention::id).containsExactly("org:HSU", "org:HSU", "org:HSU", "org:IPU");
        assertThat(later).extracting(EntityMention::id).containsExactly("org:HSU");
        assertThat(recognizer.recognize("安全股支持该运动。", new DocumentVocabulary())).isEmpty();
    }

    @Test
    void doesNotLearnABracketThatIsNotAShortForm() {
        var vocabulary = new DocumentVocabulary();
        recognizer.recognize("消除对妇女歧视委员会的建议(2024 年)和世界卫生组织(世卫组织)", vocabulary);
        recognizer.recognize("the Inter-Parliamentary Union (a) and the World Health Organization (ii), Security Council (IV)", vocabulary);

        assertThat(vocabulary.isEmpty()).isTrue();
    }
}
