package docpipe.parse.structure;

import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import docpipe.events.ParsedDocument.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One structural rule per test, each on a real snippet of a UN document (shortened where long). */
class StructureParserTest {

    private final StructureParser parser = new StructureParser();

    private ParsedDocument parse(String text) {
        return parser.parse(ExtractedText.plain(text));
    }

    private ParsedDocument parsePages(String... pages) {
        return parser.parse(new ExtractedText(String.join("\f", pages), pages.length, false));
    }

    private static Paragraph numbered(ParsedDocument doc, String number) {
        return doc.paragraphs().stream().filter(p -> number.equals(p.number())).findFirst().orElseThrow();
    }

    private static List<Paragraph> kind(ParsedDocument doc, ParagraphKind kind) {
        return doc.paragraphs().stream().filter(p -> p.kind() == kind).toList();
    }

    private static final String ZH_WRAPPED = """
            一. 导言
            1. 根据大会第 76/270 号决议，本报告回顾了联合国与各国议会和各国议会联
            盟(议联)之间的互动。本报告重点介绍的广泛活动表明，全球议会界与联合国系
            统的持续合作已成为本组织工作的核心部分，也是网络化多边主义的支柱。
            2. 在全球环境日益分裂和两极分化的背景下，2024 年 9 月通过的《未来契
            约》表明，会员国仍然坚定支持联合国，希望利用多边体系应对共同挑战。他
            们重申需要引导国际社会走向一个“安全、和平、公正、平等、包容、可持续
            和繁荣的世界”，“一个保障全人类福祉、安全和尊严、保障地球健康的世
            界”。在《未来契约》行动 55 中，会员国认识到，我们今天面临的挑战不仅需
            要跨国界合作，也需要全社会合作，并认识到联合国与各国议会互动协作的重
            要性。
            3. 本报告是此类报告中的第七份，概述了联合国与各国议会合作推动共同目
            标的关键领域。
            """;

    @Test
    void joinsLinesBrokenMidSentenceWithoutSpacesBetweenCjkCharacters() {
        ParsedDocument doc = parse(ZH_WRAPPED);
        assertThat(numbered(doc, "1").text()).isEqualTo("根据大会第 76/270 号决议，本报告回顾了联合国与各国议会和各国议会联盟(议联)之间的互动。"
                + "本报告重点介绍的广泛活动表明，全球议会界与联合国系统的持续合作已成为本组织工作的核心部分，也是网络化多边主义的支柱。");
        assertThat(numbered(doc, "2").text()).contains("“一个保障全人类福祉、安全和尊严、保障地球健康的世界”。在《未来契约》")
                .endsWith("重要性。");
    }

    @Test
    void joinsLatinLinesWithASpaceAndKeepsCompoundHyphens() {
        ParsedDocument doc = parse("""
                1. Encourages the United Nations and the Inter-Parliamentary Union to
                continue to work closely in various fields, including capacity-
                building and financing for development, in support of the imple-
                mentation of the 2030 Agenda; the implementation is central to the
                work of parliaments, which remains important for development and
                capacity-building of the organization as a whole throughout the year;
                2. Requests the Secretary-General to report.
                """);
        assertThat(numbered(doc, "1").text()).isEqualTo("Encourages the United Nations and the Inter-Parliamentary Union to "
                + "continue to work closely in various fields, including capacity-building and financing for development, "
                + "in support of the implementation of the 2030 Agenda; the implementation is central to the work of "
                + "parliaments, which remains important for development and capacity-building of the organization as a "
                + "whole throughout the year;");
    }

    @Test
    void acceptsNumberedParagraphsOnlyInSequence() {
        ParsedDocument doc = parse(ZH_WRAPPED.replace("约》表明，会员国仍然坚定支持联合国，希望利用多边体系应对共同挑战。他",
                "5. 约》表明，会员国仍然坚定支持联合国，希望利用多边体系应对共同挑战。他"));
        assertThat(doc.paragraphs()).filteredOn(p -> p.number() != null).extracting(Paragraph::number)
                .containsExactly("1", "2", "3");
        assertThat(numbered(doc, "2").text()).contains("5. 约》表明");
    }

    @Test
    void keepsTheSequenceGoingPastOneParagraphWhoseLabelIsLost() {
        ParsedDocument doc = new StructureParser().parse(new ExtractedText("""
                I. Introduction
                1. The present report is submitted pursuant to resolution 5/1.
                2. It was prepared in consultation with civil society.
                3The label of this paragraph lost its full stop in the export.
                4. The Government held consultations in all regions.
                5. The report follows the general guidelines.
                """, null, true));

        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.PARAGRAPH && p.number() != null)
                .extracting(Paragraph::number).containsExactly("1", "2", "4", "5");
    }

    @Test
    void takesNumberedSubHeadingsBetweenParagraphsForHeadingsNotANewSequence() {
        ParsedDocument doc = parse("""
                I. Background and framework
                1. The organization stated that the institutions lacked a clear mandate.
                2. It recommended that the mandate of the equality body be broadened.
                II. Implementation of international human rights obligations
                1. Equality and non-discrimination
                3. The organization noted that substantial improvements were needed to ensure protection.
                4. It recommended that remedies be made available to all victims of discrimination.
                2. Right to life, liberty and security of the person
                5. The committee referred to the conditions of detention in the country.
                """);

        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.PARAGRAPH).extracting(Paragraph::number)
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.HEADING).extracting(Paragraph::text)
                .containsExactly("I. Background and framework", "II. Implementation of international human rights obligations",
                        "1. Equality and non-discrimination", "2. Right to life, liberty and security of the person");
        assertThat(numbered(doc, "5").sectionPath()).containsExactly(
                "II. Implementation of international human rights obligations", "2. Right to life, liberty and security of the person");
    }

    @Test
    void takesTheParagraphsAfterAChapeauForOperativeUnderTheirHeadings() {
        ParsedDocument doc = parse("""
                The General Assembly,
                Recalling its resolution 72/2,
                Adopts the following political declaration:
                Political declaration of the high-level meeting
                We, Heads of State and Government, assembled at the United Nations,
                I. Commitments
                1. Reaffirm our commitment to act together.
                2. Recognize the role of parliaments.
                II. Follow-up
                3. Request the Secretary-General to report on progress.
                """);

        assertThat(doc.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(doc.paragraphs()).filteredOn(p -> p.role() == ParagraphRole.OPERATIVE && p.number() != null)
                .extracting(Paragraph::number).containsExactly("1", "2", "3");
        assertThat(numbered(doc, "3").sectionPath()).contains("II. Follow-up");
        assertThat(doc.paragraphs()).filteredOn(p -> p.role() == ParagraphRole.PREAMBULAR).extracting(Paragraph::text)
                .containsExactly("Recalling its resolution 72/2,");
    }

    @Test
    void recognisesChapterAndSectionHeadingsAndTheirSectionPath() {
        ParsedDocument doc = parse("""
                二. 联合国与各国议会：直接支持各国议会和议员
                A. 《2030 年可持续发展议程》执行情况
                6. 大会关于加强各国议会作用的第 77/159 号决议承认各国议会的作用和责任。
                B. 卫生保健
                7. 事实证明，各国议会和议会联盟是应对 COVID-19 大流行的重要伙伴。
                三. 联合国、各国议会联盟和其他议会组织：推进全球规范
                8. 议联是各国议会的世界性组织。
                """);
        assertThat(doc.paragraphs()).extracting(Paragraph::kind, Paragraph::number, Paragraph::sectionPath).containsExactly(
                tuple(ParagraphKind.HEADING, null, List.of()),
                tuple(ParagraphKind.HEADING, null, List.of("二. 联合国与各国议会：直接支持各国议会和议员")),
                tuple(ParagraphKind.PARAGRAPH, "6", List.of("二. 联合国与各国议会：直接支持各国议会和议员", "A. 《2030 年可持续发展议程》执行情况")),
                tuple(ParagraphKind.HEADING, null, List.of("二. 联合国与各国议会：直接支持各国议会和议员")),
                tuple(ParagraphKind.PARAGRAPH, "7", List.of("二. 联合国与各国议会：直接支持各国议会和议员", "B. 卫生保健")),
                tuple(ParagraphKind.HEADING, null, List.of()),
                tuple(ParagraphKind.PARAGRAPH, "8", List.of("三. 联合国、各国议会联盟和其他议会组织：推进全球规范")));
    }

    @Test
    void recognisesRomanChaptersAndLetteredSectionsInLatinScript() {
        ParsedDocument doc = parse("""
                I. Introduction
                1. The present report is submitted pursuant to resolution 76/270.
                II. Cooperation with national parliaments
                A. Sustainable development
                2. Parliaments play a key role.
                B. Health
                3. Parliaments are partners.
                C. Democracy and human rights
                4. Parliaments protect rights.
                """);
        assertThat(kind(doc, ParagraphKind.HEADING)).extracting(Paragraph::text).containsExactly("I. Introduction",
                "II. Cooperation with national parliaments", "A. Sustainable development", "B. Health",
                "C. Democracy and human rights");
        assertThat(numbered(doc, "4").sectionPath()).containsExactly("II. Cooperation with national parliaments",
                "C. Democracy and human rights");
    }

    @Test
    void labelsSubItemsAfterTheirParagraph() {
        ParsedDocument doc = parse("""
                98. 鉴于议会发挥的重要作用，现提出以下建议以供审议：
                (a) 根据《未来契约》行动 55，我鼓励会员国充分参与联合议会听证会。
                (b) 我鼓励大会考虑使各国议会在联合国主要会议中的贡献和参与标准化。
                (c) 我促请会员国在相关理事机构内设法确立具体互动模式。
                """);
        assertThat(kind(doc, ParagraphKind.LIST_ITEM)).extracting(Paragraph::number).containsExactly("98(a)", "98(b)", "98(c)");
        assertThat(kind(doc, ParagraphKind.LIST_ITEM).get(2).text()).isEqualTo("我促请会员国在相关理事机构内设法确立具体互动模式。");
    }

    @Test
    void labelsRomanSubItemsUnderTheirLetter() {
        ParsedDocument doc = parse("""
                12. The Committee recommends that the State party:
                (a) Strengthen its legislation, including by:
                (i) Adopting a law on parliaments;
                (ii) Reviewing the electoral code;
                (b) Report on progress.
                13. The Committee requests a follow-up report.
                """);
        assertThat(doc.paragraphs()).extracting(Paragraph::kind, Paragraph::number).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, "12"), tuple(ParagraphKind.LIST_ITEM, "12(a)"), tuple(ParagraphKind.LIST_ITEM, "12(a)(i)"),
                tuple(ParagraphKind.LIST_ITEM, "12(a)(ii)"), tuple(ParagraphKind.LIST_ITEM, "12(b)"), tuple(ParagraphKind.PARAGRAPH, "13"));
    }

    @Test
    void removesALineEndHyphenOnlyWhereTheDocumentWritesTheWordWhole() {
        ParsedDocument doc = parse("""
                1. Parliaments oversee the implementation of the 2030 Agenda and the imple-
                mentation of national plans, and they support capacity-
                building in all regions of the world, where the need for capacity-building remains.
                """);
        assertThat(numbered(doc, "1").text()).contains("the implementation of national plans")
                .contains("support capacity-building in all regions");
    }

    @Test
    void dropsPageNumbersJobNumbersBarcodesAndLinkUrls() {
        ParsedDocument doc = parse("""
                1. Recalls its resolution 57/32, in which the Inter-Parliamentary Union was invited to
                https://docs.un.org/en/A/RES/57/32
                22-09842 (E)
                290622
                *2209842*
                2/6 22-09842
                participate in the work of the General Assembly in the capacity of observer;
                2. Requests a report.
                """);
        assertThat(numbered(doc, "1").text()).isEqualTo("Recalls its resolution 57/32, in which the Inter-Parliamentary "
                + "Union was invited to participate in the work of the General Assembly in the capacity of observer;");
        assertThat(doc.paragraphs()).hasSize(2);
    }

    @Test
    void dropsRunningHeadersLearnedFromRepetition() {
        String header = "Interaction between the United Nations, national parliaments and the IPU";
        ParsedDocument doc = parsePages(
                "A/RES/76/270\nThe General Assembly,\nRecalling its resolution 57/32 of 19 November 2002,\n"
                        + "1. Welcomes the actions taken by the Inter-Parliamentary Union to continue to pursue",
                header + "\nA/RES/76/270\na more systematic and meaningful engagement with the United Nations;\n"
                        + "2. Encourages both organizations to enhance their cooperation;",
                "A/RES/76/270\n" + header + "\n3. Also encourages the United Nations to strengthen cooperation;",
                header + "\nA/RES/76/270\n4. Invites parliaments to support the Technology Bank;");
        assertThat(doc.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains(header) || t.contains("A/RES/76/270"));
        assertThat(numbered(doc, "1").text()).endsWith("to continue to pursue a more systematic and meaningful engagement with the United Nations;");
        assertThat(numbered(doc, "1").page()).isEqualTo(1);
        assertThat(numbered(doc, "3").page()).isEqualTo(3);
    }

    @Test
    void keepsAParagraphWholeAcrossAFootnoteBlockAndLinksItsFootnote() {
        ParsedDocument doc = parse("""
                24. 2022 年和 2023 年，联合国科索沃临时行政当局特派团1 完成了科索沃议会非塞族多族裔议会小组的两
                个能力建设项目。
                30. 2024 年 7 月 19 日，联合国组织刚果民主共和国稳定特派团支持启动与国民议会议长的协商框架，旨在协调有关性别平等
                __________________
                 1 凡提及“科索沃”时，应结合安全理事会第 1244(1999)号决议理解。
                https://docs.un.org/zh/S/RES/1244(1999)
                 和妇女及女童权利的法律框架。2024 年底，稳定团启动了与国民议会的协商框架。
                """.replace("30.", "25."));
        assertThat(numbered(doc, "24").text()).startsWith("2022 年和 2023 年，联合国科索沃临时行政当局特派团完成了");
        assertThat(numbered(doc, "24").footnotes()).containsExactly("1");
        assertThat(numbered(doc, "25").text()).contains("有关性别平等和妇女及女童权利的法律框架。");
        assertThat(kind(doc, ParagraphKind.FOOTNOTE)).extracting(Paragraph::number, Paragraph::text)
                .containsExactly(tuple("1", "凡提及“科索沃”时，应结合安全理事会第 1244(1999)号决议理解。"));
        assertThat(doc.paragraphs()).extracting(Paragraph::kind).containsExactly(ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH, ParagraphKind.FOOTNOTE);
    }

    @Test
    void keepsRaisedDigitsThatNoNoteAnswersAsText() {
        ParsedDocument doc = parse("""
                1. The reserve covers 20,000 km<sup>2</sup> of forest<sup>1</sup> in the north.

                <sup>1</sup> See the report of the Secretary-General.
                """);
        assertThat(numbered(doc, "1").text()).isEqualTo("The reserve covers 20,000 km2 of forest in the north.");
        assertThat(numbered(doc, "1").footnotes()).containsExactly("1");
    }

    @Test
    void removesSuperscriptMarkersAndBoldFromMarkdown() {
        ParsedDocument doc = parse("""
                大会，

                回顾各国国家元首和政府首脑在《2005年世界首脑会议成果》<sup>1</sup>中表示决心加强合作，

                **表示注意到**各国议会联盟通过的各项决议，

                1. **欢迎**各国议会联盟所采取的行动；

                <sup>1</sup> 第60/1号决议。
                """);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).contains(
                "回顾各国国家元首和政府首脑在《2005年世界首脑会议成果》中表示决心加强合作，",
                "表示注意到各国议会联盟通过的各项决议，", "欢迎各国议会联盟所采取的行动；");
        assertThat(doc.paragraphs().get(1).footnotes()).containsExactly("1");
    }

    @Test
    void marksPreambularAndOperativeParagraphsOfAResolution() {
        ParsedDocument doc = parse("""
                The General Assembly,
                Recalling the 2005 World Summit Outcome, 1 in which Heads of State and
                Government resolved to strengthen further cooperation between the United Nations
                and national parliaments, in all fields of the work of the United Nations,
                Deeply concerned about all acts of sexual and gender-based violence, including
                sexual harassment, in political and in public life, including in digital contexts,
                1.
                Welcomes the actions taken by the Inter-Parliamentary Union to continue
                to pursue a more systematic and meaningful engagement with the United Nations;
                2. Requests the Secretary-General to submit a report at its seventy-ninth session.
                __________________
                1
                Resolution 60/1.
                """);
        assertThat(doc.paragraphs()).extracting(Paragraph::number, Paragraph::role).containsExactly(
                tuple(null, null), tuple(null, ParagraphRole.PREAMBULAR), tuple(null, ParagraphRole.PREAMBULAR),
                tuple("1", ParagraphRole.OPERATIVE), tuple("2", ParagraphRole.OPERATIVE), tuple("1", null));
        assertThat(doc.paragraphs().get(1).text()).startsWith("Recalling the 2005 World Summit Outcome, in which Heads");
        assertThat(doc.paragraphs().get(1).footnotes()).containsExactly("1");
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
    }

    @Test
    void numbersAnAnnexAfreshOutsideTheOperativePart() {
        ParsedDocument doc = parse("""
                The General Assembly,
                Recalling its resolution 70/1,
                1. Adopts the declaration annexed to the present resolution;
                2. Decides to review it.
                Annex
                Declaration
                1. We, the Heads of State and Government, reaffirm our commitment.
                2. We resolve to act.
                """);
        assertThat(doc.paragraphs()).extracting(Paragraph::kind, Paragraph::number, Paragraph::role).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, null, null), tuple(ParagraphKind.PARAGRAPH, null, ParagraphRole.PREAMBULAR),
                tuple(ParagraphKind.PARAGRAPH, "1", ParagraphRole.OPERATIVE), tuple(ParagraphKind.PARAGRAPH, "2", ParagraphRole.OPERATIVE),
                tuple(ParagraphKind.HEADING, null, null), tuple(ParagraphKind.PARAGRAPH, null, null),
                tuple(ParagraphKind.PARAGRAPH, "1", null), tuple(ParagraphKind.PARAGRAPH, "2", null));
    }

    @Test
    void leavesTheLanguageEmptyWhenTheOpeningDoesNotTellIt() {
        assertThat(parse("""
                A/RES/79/1
                UNICEF
                1. 2024-2025
                """).metadata().language()).isNull();
    }

    @Test
    void readsTheMastheadOfAReport() {
        ParsedDocument doc = parse("""
                A/79/837
                大会
                第七十九届会议
                议程项目 126
                联合国与各国议会和各国议会联盟的互动
                秘书长的报告
                一. 导言
                1. 根据大会第 76/270 号决议，本报告回顾了互动。
                """);
        assertThat(doc.metadata()).extracting(ParsedDocument.Metadata::symbol, ParsedDocument.Metadata::title,
                        ParsedDocument.Metadata::type, ParsedDocument.Metadata::session, ParsedDocument.Metadata::agendaItem,
                        ParsedDocument.Metadata::language)
                .containsExactly("A/79/837", "联合国与各国议会和各国议会联盟的互动", DocumentType.REPORT, "79", "126", "zh");
        assertThat(doc.paragraphs()).extracting(Paragraph::text).doesNotContain("秘书长的报告", "第七十九届会议");
    }

    @Test
    void readsTheAdoptionDateFromTheClosingLines() {
        ParsedDocument doc = parse("""
                The General Assembly,
                1. Decides to include the item in the provisional agenda of its eightieth session.
                85th plenary meeting
                21 June 2022
                """);
        assertThat(doc.metadata().date()).isEqualTo("2022-06-21");
        assertThat(doc.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("plenary"));
    }
}
