package docpipe.query.compare;

import docpipe.query.compare.Comparison.Change;
import docpipe.query.compare.Comparison.Kind;
import docpipe.query.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Resolution 76/270 (2022) against its predecessor 74/304 (2020), paragraphs read from the texts of both. */
class ParagraphMatcherTest {

    private static final List<Passage> RES_76_270 = ResolutionParagraphs.passages("/corpus/A-RES-76-270.en.txt");
    private static final List<Passage> RES_74_304 = ResolutionParagraphs.passages("/corpus/A-RES-74-304.en.txt");

    private final ParagraphMatcher matcher = new ParagraphMatcher(Tokenizer.standard());
    private final Comparison comparison = matcher.compare(RES_76_270, "en", RES_74_304, "en", ParagraphMatcher.DEFAULT_THRESHOLD);

    @Test
    void readsBothResolutionsIntoPreambularAndOperativeParagraphs() {
        assertThat(RES_76_270).hasSize(47).filteredOn(p -> "OPERATIVE".equals(p.role())).hasSize(28);
        assertThat(RES_74_304).hasSize(41).filteredOn(p -> "OPERATIVE".equals(p.role())).hasSize(24);
    }

    @Test
    void comparesSameLanguageDocumentsByTheirWording() {
        assertThat(comparison.method()).isEqualTo("TEXT");
    }

    @Test
    void keepsAParagraphWithTheSameTextAsUnchanged() {
        Change worldSummit = line(c -> c.paragraph() != null && c.paragraph().text().startsWith("Recalling the 2005 World Summit Outcome"));

        assertThat(worldSummit.change()).isEqualTo(Kind.UNCHANGED);
        assertThat(worldSummit.similarity()).isEqualTo(1.0);
        assertThat(worldSummit.otherParagraph().index()).isZero();
    }

    @Test
    void ignoresWordsSplitByTheTextExtraction() {
        // 76/270 reads "recalling further it s resolution 72/278", 74/304 "its resolution 72/278"
        Change recallingAlso = line(c -> c.paragraph() != null && c.paragraph().text().startsWith("Recalling also its resolution 57/32"));

        assertThat(recallingAlso.paragraph().text()).contains("it s resolution");
        assertThat(recallingAlso.change()).isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void reportsAChangedParagraphWithTheTermsItGainedAndLost() {
        Change conferences = line(c -> c.paragraph() != null && c.paragraph().text().startsWith("Noting the outcomes of the World Conferences"));

        assertThat(conferences.change()).isEqualTo(Kind.CHANGED);
        assertThat(conferences.similarity()).isBetween(0.8, 0.99);
        assertThat(conferences.otherParagraph().text()).startsWith("Noting the outcomes of the World Conferences");
        assertThat(conferences.addedTerms()).contains("2021", "virtual", "segment", "multilateralism");
        assertThat(conferences.removedTerms()).isEmpty();
    }

    @Test
    void matchesARenumberedOperativeParagraphWithItsPredecessor() {
        Change report = line(c -> c.paragraph() != null && "28".equals(c.paragraph().number()));

        assertThat(report.change()).isEqualTo(Kind.CHANGED);
        assertThat(report.otherParagraph().number()).isEqualTo("24");
        assertThat(report.addedTerms()).contains("ninth");
        assertThat(report.removedTerms()).contains("sixth");
    }

    @Test
    void findsTheOperativeParagraphsTheLaterResolutionAdded() {
        List<String> added = comparison.paragraphs().stream()
                .filter(c -> c.change() == Kind.ADDED && "OPERATIVE".equals(c.role()))
                .map(c -> c.paragraph().number()).toList();

        // Technology Bank (5), climate action (7), UNODC and terrorism (17), institutional capacity (19), mediation (24)
        assertThat(added).containsExactly("5", "7", "17", "19", "24");
        Change technologyBank = line(c -> c.paragraph() != null && "5".equals(c.paragraph().number()));
        assertThat(technologyBank.paragraph().text()).contains("Technology Bank");
        assertThat(technologyBank.closest().similarity()).isLessThan(ParagraphMatcher.DEFAULT_THRESHOLD).isPositive();
    }

    @Test
    void findsTheOperativeParagraphTheLaterResolutionDropped() {
        List<Change> removed = comparison.paragraphs().stream()
                .filter(c -> c.change() == Kind.REMOVED && "OPERATIVE".equals(c.role())).toList();

        assertThat(removed).singleElement().satisfies(r -> {
            assertThat(r.otherParagraph().number()).isEqualTo("23");
            assertThat(r.otherParagraph().text()).contains("world conference on interfaith and inter-ethnic dialogue");
            assertThat(r.paragraph()).isNull();
        });
    }

    @Test
    void accountsForEveryParagraphOfBothDocumentsOnce() {
        Comparison.Summary s = comparison.summary();

        assertThat(s.added() + s.changed() + s.unchanged()).isEqualTo(RES_76_270.size());
        assertThat(s.removed() + s.changed() + s.unchanged()).isEqualTo(RES_74_304.size());
        assertThat(comparison.paragraphs().stream().filter(c -> c.paragraph() != null).map(c -> c.paragraph().index()))
                .containsExactlyElementsOf(RES_76_270.stream().map(Passage::index).toList());
    }

    @Test
    void placesARemovedParagraphWhereItStoodInTheOtherDocument() {
        List<Change> lines = comparison.paragraphs();
        int removed = lines.indexOf(line(c -> c.change() == Kind.REMOVED && "OPERATIVE".equals(c.role())));

        assertThat(lines.get(removed - 1).otherParagraph().number()).isEqualTo("22");
        assertThat(lines.get(removed + 1).otherParagraph().number()).isEqualTo("24");
    }

    @Test
    void neverPairsAPreambularParagraphWithAnOperativeOne() {
        Passage text = RES_74_304.get(0);
        List<Passage> asOperative = List.of(new Passage(0, "1", "PARAGRAPH", "OPERATIVE", text.text(), List.of()));

        Comparison c = matcher.compare(asOperative, "en", List.of(text), "en", ParagraphMatcher.DEFAULT_THRESHOLD);

        assertThat(c.paragraphs()).extracting(Change::change).containsExactly(Kind.REMOVED, Kind.ADDED);
    }

    @Test
    void aHigherThresholdTurnsLooselyMatchedParagraphsIntoAddedAndRemoved() {
        Comparison strict = matcher.compare(RES_76_270, "en", RES_74_304, "en", 0.9);

        assertThat(strict.summary().added()).isGreaterThan(comparison.summary().added());
        assertThat(strict.summary().unchanged()).isEqualTo(comparison.summary().unchanged());
        assertThat(strict.paragraphs()).filteredOn(c -> c.similarity() != null).allMatch(c -> c.similarity() >= 0.9);
    }

    @Test
    void comparesAcrossLanguagesByEntityIdsAndNumbersOnly() {
        // A/RES/79/319 (zh) operative 5, 6 and 31 against A/RES/76/270 (en) operative 4, 5 and 28, tagged as enrich tags them
        List<Passage> zh = List.of(
                new Passage(0, "5", "PARAGRAPH", "OPERATIVE", "鼓励各国议会联盟继续积极参与，通过多方利益攸关方伙伴关系等方式推动各国议会在国家、区域和全球各级发挥更大促进作用，以支持加快落实和到 2030 年实现可持续发展目标；",
                        List.of("org:IPU")),
                new Passage(1, "6", "PARAGRAPH", "OPERATIVE", "邀请各国议会和政府支持最不发达国家技术库努力弥合数字鸿沟，并鼓励各国议会联盟促进就科学技术在建设更和平、更可持续的未来以及执行《2030 年可持续发展议程》方面的作用进行议会间对话；",
                        List.of("org:IPU", "instrument:2030-agenda")),
                new Passage(2, "31", "PARAGRAPH", "OPERATIVE", "请秘书长向大会第八十一届会议提交报告；", List.of()));
        List<Passage> en = List.of(
                operative(RES_76_270, "4", List.of("org:IPU")),
                operative(RES_76_270, "5", List.of("org:IPU", "instrument:2030-agenda")),
                operative(RES_76_270, "28", List.of("org:IPU")));

        Comparison c = matcher.compare(zh, "zh", en, "en", ParagraphMatcher.DEFAULT_THRESHOLD);

        assertThat(c.method()).isEqualTo("ENTITIES_AND_NUMBERS");
        assertThat(c.paragraphs()).extracting(Change::change)
                .containsExactly(Kind.MATCHED, Kind.MATCHED, Kind.REMOVED, Kind.ADDED);
        assertThat(c.paragraphs().get(0).otherParagraph().number()).isEqualTo("4");
        assertThat(c.paragraphs().get(1).otherParagraph().number()).isEqualTo("5");
        assertThat(c.paragraphs().get(0).addedTerms()).isNull();
        // operative 31 names no entity and no number: nothing to match it by
        assertThat(c.paragraphs().get(3).paragraph().number()).isEqualTo("31");
        assertThat(c.paragraphs().get(3).closest()).isNull();
    }

    @Test
    void pairsWholeResolutionsInTwoLanguagesWhereTheyShareEntitiesAndNumbers() {
        List<List<String>> entities = List.of(List.of("org:IPU", "Inter-Parliamentary Union", "各国议会联盟"),
                List.of("instrument:2030-agenda", "2030 Agenda", "2030 年可持续发展议程", "2030 年议程"));
        List<Passage> zh = ResolutionParagraphs.passages("/corpus/A-RES-79-319.zh.txt", entities);
        List<Passage> en = ResolutionParagraphs.passages("/corpus/A-RES-76-270.en.txt", entities);

        Comparison c = matcher.compare(zh, "zh", en, "en", ParagraphMatcher.DEFAULT_THRESHOLD);

        assertThat(zh).hasSize(51).filteredOn(p -> "OPERATIVE".equals(p.role())).hasSize(31);
        Comparison.Summary s = c.summary();
        assertThat(s.matched() + s.added()).isEqualTo(zh.size());
        assertThat(s.matched() + s.removed()).isEqualTo(en.size());
        // 2025 operative 5 (IPU, by 2030), 6 (IPU, 2030 Agenda) and 31 (the report: IPU) are 2022's 4, 5 and 28
        assertThat(matchedNumber(c, "5")).isEqualTo("4");
        assertThat(matchedNumber(c, "6")).isEqualTo("5");
        assertThat(matchedNumber(c, "31")).isEqualTo("28");
    }

    private static String matchedNumber(Comparison c, String number) {
        Change line = c.paragraphs().stream()
                .filter(l -> l.paragraph() != null && number.equals(l.paragraph().number())).findFirst().orElseThrow();
        assertThat(line.change()).isEqualTo(Kind.MATCHED);
        return line.otherParagraph().number();
    }

    private static Passage operative(List<Passage> passages, String number, List<String> entityIds) {
        Passage p = passages.stream().filter(x -> number.equals(x.number())).findFirst().orElseThrow();
        return new Passage(p.index(), p.number(), p.kind(), p.role(), p.text(), entityIds);
    }

    private Change line(Predicate<Change> which) {
        return comparison.paragraphs().stream().filter(which).findFirst().orElseThrow();
    }
}
