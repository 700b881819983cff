package docpipe.parse.structure;

import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import docpipe.events.ParsedDocument.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The masthead and structure words of a report as each of the six languages prints them. */
class MastheadTest {

    private final StructureParser parser = new StructureParser();

    private ParsedDocument parse(String text) {
        return parser.parse(ExtractedText.plain(text));
    }

    @Test
    void readsAnEnglishMasthead() {
        ParsedDocument doc = parse("""
                United Nations A/79/837
                General Assembly Distr.: General
                17 March 2025
                Original: English
                Seventy-ninth session
                Agenda item 126
                Interaction between the United Nations, national parliaments and the
                Inter-Parliamentary Union
                Report of the Secretary-General
                I. Introduction
                1. Pursuant to General Assembly resolution 76/270, the present report reviews the interaction.
                """);
        assertMetadata(doc.metadata(), "A/79/837", "en", DocumentType.REPORT, "79", "126", "2025-03-17",
                "Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union");
    }

    @Test
    void readsFrenchSessionWordsAndAgendaItem() {
        ParsedDocument doc = parse("""
                Soixante-dix-neuvième session
                Point 126 de l’ordre du jour
                Interaction entre l’Organisation des Nations Unies, les parlements nationaux et l’Union interparlementaire
                Rapport du Secrétaire général
                I. Introduction
                1. En application de la résolution 76/270 de l’Assemblée générale, le présent rapport fait le point sur les relations.
                """);
        assertMetadata(doc.metadata(), null, "fr", DocumentType.REPORT, "79", "126", null,
                "Interaction entre l’Organisation des Nations Unies, les parlements nationaux et l’Union interparlementaire");
    }

    @Test
    void readsSpanishSessionWordsAndAgendaItem() {
        ParsedDocument doc = parse("""
                Septuagésimo noveno período de sesiones
                Tema 126 del programa
                Interacción entre las Naciones Unidas, los parlamentos nacionales y la Unión Interparlamentaria
                Informe del Secretario General
                I. Introducción
                1. De conformidad con la resolución 76/270 de la Asamblea General, el presente informe examina la interacción.
                """);
        assertMetadata(doc.metadata(), null, "es", DocumentType.REPORT, "79", "126", null,
                "Interacción entre las Naciones Unidas, los parlamentos nacionales y la Unión Interparlamentaria");
    }

    @Test
    void readsRussianSessionWordsAndCyrillicSections() {
        ParsedDocument doc = parse("""
                Семьдесят девятая сессия
                Пункт 126 повестки дня
                Взаимодействие между Организацией Объединенных Наций, национальными парламентами и Межпарламентским союзом
                Доклад Генерального секретаря
                I. Введение
                1. Во исполнение резолюции 76/270 Генеральной Ассамблеи в настоящем докладе рассматривается взаимодействие.
                II. Организация Объединенных Наций и национальные парламенты
                А. Устойчивое развитие
                2. Парламенты играют ключевую роль в достижении целей в области устойчивого развития.
                Б. Здравоохранение
                3. Парламенты являются важными партнерами.
                """);
        assertMetadata(doc.metadata(), null, "ru", DocumentType.REPORT, "79", "126", null,
                "Взаимодействие между Организацией Объединенных Наций, национальными парламентами и Межпарламентским союзом");
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.HEADING).hasSize(4);
        assertThat(doc.paragraphs()).filteredOn(p -> "3".equals(p.number())).first()
                .extracting(ParsedDocument.Paragraph::sectionPath).asList()
                .containsExactly("II. Организация Объединенных Наций и национальные парламенты", "Б. Здравоохранение");
    }

    @Test
    void readsArabicSessionWordsChaptersAndNumbers() {
        ParsedDocument doc = parse("""
                الدورة التاسعة والسبعون
                البند 126 من جدول الأعمال
                التفاعل بين الأمم المتحدة والبرلمانات الوطنية والاتحاد البرلماني الدولي
                تقرير الأمين العام
                أولا - مقدمة
                1 - عملا بقرار الجمعية العامة 76/270، يستعرض هذا التقرير التفاعل بين الأمم المتحدة والبرلمانات الوطنية.
                ثانيا - الأمم المتحدة والبرلمانات الوطنية
                ألف - التنمية المستدامة
                2 - تؤدي البرلمانات دورا رئيسيا في تحقيق أهداف التنمية المستدامة.
                """);
        assertMetadata(doc.metadata(), null, "ar", DocumentType.REPORT, "79", "126", null,
                "التفاعل بين الأمم المتحدة والبرلمانات الوطنية والاتحاد البرلماني الدولي");
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::kind, ParsedDocument.Paragraph::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, null), org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "1"),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, null), org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, null),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "2"));
    }

    @Test
    void readsAFrenchResolutionWithItsPreambularAndOperativeParagraphs() {
        ParsedDocument doc = parse("""
                Nations Unies A/RES/79/319
                Assemblée générale Distr. générale
                30 juillet 2025
                Soixante-dix-neuvième session
                Point 126 de l’ordre du jour
                Résolution adoptée par l’Assemblée générale le 25 juillet 2025
                [sans renvoi à une grande commission (A/79/L.104)]
                79/319. Interaction entre l’Organisation des Nations Unies, les parlements nationaux et l’Union interparlementaire
                L’Assemblée générale,
                Rappelant le Document final du Sommet mondial de 2005,
                Consciente que l’évolution rapide des technologies offre de nouveaux outils,
                1. Se félicite des mesures prises par l’Union interparlementaire ;
                2. Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingt-unième session.
                86e séance plénière
                25 juillet 2025
                """);
        assertMetadata(doc.metadata(), "A/RES/79/319", "fr", DocumentType.RESOLUTION, "79", "126", "2025-07-25",
                "Interaction entre l’Organisation des Nations Unies, les parlements nationaux et l’Union interparlementaire");
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::role)
                .containsExactly(null, ParagraphRole.PREAMBULAR, ParagraphRole.PREAMBULAR, ParagraphRole.OPERATIVE, ParagraphRole.OPERATIVE);
    }

    @Test
    void readsASecurityCouncilResolution() {
        ParsedDocument doc = parse("""
                United Nations S/RES/2719 (2023)
                Security Council Distr.: General
                21 December 2023
                Resolution 2719 (2023)
                Adopted by the Security Council at its 9512th meeting, on 21 December 2023
                The Security Council,
                Recalling its resolutions 1809 (2008), 2033 (2012) and 2320 (2016),
                Reaffirming its primary responsibility for the maintenance of international peace and security,
                1. Decides that African Union-led peace support operations may be financed from assessed contributions;
                2. Decides to remain actively seized of the matter.
                """);
        assertThat(doc.metadata().symbol()).isEqualTo("S/RES/2719(2023)"); // the shared normaliser's form of the printed symbol
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(doc.metadata().date()).isEqualTo("2023-12-21");
        assertThat(doc.metadata().session()).isNull();
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::role)
                .containsExactly(null, ParagraphRole.PREAMBULAR, ParagraphRole.PREAMBULAR, ParagraphRole.OPERATIVE, ParagraphRole.OPERATIVE);
    }

    @Test
    void keepsTheSummaryOfAReportAsContent() {
        ParsedDocument doc = parse("""
                A/80/100
                Eightieth session
                Item 20 of the preliminary list
                Sustainable development
                Report of the Secretary-General
                Summary
                The present report describes the work of the United Nations system.
                I. Introduction
                1. The General Assembly requested this report in resolution 79/200.
                """);
        assertThat(doc.metadata().session()).isEqualTo("80");
        assertThat(doc.metadata().agendaItem()).isEqualTo("20");
        assertThat(doc.metadata().title()).isEqualTo("Sustainable development");
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::kind, ParsedDocument.Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, "Summary"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "The present report describes the work of the United Nations system."),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, "I. Introduction"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "The General Assembly requested this report in resolution 79/200."));
    }

    @Test
    void takesTheTypeFromTheSymbolsPatternAndDropsBarcodeGlyphsAndJobLines() {
        ParsedDocument doc = parse("""
                GE.09-12345 (E) 120309
                \uE000\uE001\uE002\uE003\uE004
                United Nations A/HRC/WG.6/4/XYZ/1
                General Assembly Distr.: General
                2 March 2009
                Original: English
                Human Rights Council
                Working Group on the Universal Periodic Review
                Fourth session
                National report submitted in accordance with paragraph 15 (a) of the annex to Human Rights Council resolution 5/1
                I. Methodology
                1. The present report was prepared by an interministerial working group.
                """);
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.REPORT);
        assertThat(doc.metadata().date()).isEqualTo("2009-03-02");
        assertThat(doc.metadata().title()).doesNotContain("GE.").doesNotContain("\uE000")
                .startsWith("National report submitted in accordance with paragraph 15 (a)");
    }

    @Test
    void takesADraftResolutionForADraft() {
        ParsedDocument doc = parse("""
                United Nations A/C.3/81/L.7
                General Assembly Distr.: Limited
                1 November 2026
                The General Assembly,
                Recalling its resolution 79/1,
                1. Decides to remain seized of the matter.
                """);
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.OTHER);
        assertThat(doc.paragraphs()).filteredOn(p -> p.role() == ParagraphRole.OPERATIVE).hasSize(1);
    }

    @Test
    void readsTheDateUnderDistrInRussianAndArabic() {
        assertThat(parse("""
                Организация Объединенных Наций A/HRC/WG.6/33/XYZ/3
                Генеральная Ассамблея Distr.: General
                14 августа 2019 года
                Russian
                Original: English
                Совет по правам человека
                I. Общие сведения
                1. Настоящий доклад подготовлен в соответствии с резолюцией 5/1.
                """).metadata().date()).isEqualTo("2019-08-14");
        assertThat(parse("""
                الأمم المتحدة A/HRC/WG.6/33/XYZ/3
                الجمعية العامة Distr.: General
                14 آب/أغسطس 2019
                Arabic
                Original: English
                مجلس حقوق الإنسان
                1- أعد هذا التقرير وفقاً لقرار المجلس 5/1.
                """).metadata().date()).isEqualTo("2019-08-14");
    }

    @Test
    void readsTheSessionFromTheMastheadsAsteriskNote() {
        ParsedDocument doc = parse("""
                United Nations CAT/C/80/D/999/2020
                Convention against Torture Distr.: General
                3 June 2024
                Original: English
                Committee against Torture
                Decision adopted by the Committee under article 22 of the Convention, concerning communication No. 999/2020*
                The Committee decided to discontinue the consideration of the communication.
                * Adopted by the Committee at its eightieth session (8 April–3 May 2024).
                """);
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.DECISION);
        assertThat(doc.metadata().date()).isEqualTo("2024-06-03");
        assertThat(doc.metadata().session()).isEqualTo("80");
    }

    private static void assertMetadata(Metadata m, String symbol, String language, DocumentType type, String session,
                                       String agendaItem, String date, String title) {
        assertThat(m.symbol()).as("symbol").isEqualTo(symbol);
        assertThat(m.language()).as("language").isEqualTo(language);
        assertThat(m.type()).as("type").isEqualTo(type);
        assertThat(m.session()).as("session").isEqualTo(session);
        assertThat(m.agendaItem()).as("agenda item").isEqualTo(agendaItem);
        assertThat(m.date()).as("date").isEqualTo(date);
        assertThat(m.title()).as("title").isEqualTo(title);
    }
}
