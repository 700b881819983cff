package docpipe.parse.extract;

import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document of the sample corpus, read through the whole reader. The expected figures come from
 * reading the documents (and, for the two Chinese ones, from the ground truth of corpus/README.md);
 * -1 means "not checked by hand". The one heading of A/INF/76/1 is the title of its table, printed as a
 * heading (bold, larger than the text, on lines of its own); since PDFs are read with their layout it is one.
 */
class CorpusDocumentsTest {

    private static final DocumentReader READER = new DocumentReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # file                  , symbol       , type      , lang, date      , session, agenda, headings, numbered, subitems, footnotes, preambular, pages
            A-79-837.zh.txt         , A/79/837     , REPORT    , zh  , -         , 79     , 126   , 21      , 98      , 9       , 2        , 0         , -
            A-79-837.zh.pdf         , A/79/837     , REPORT    , zh  , -         , 79     , 126   , 21      , 98      , 9       , 2        , 0         , 15
            A-79-837.zh.with-links.pdf, A/79/837   , REPORT    , zh  , -         , 79     , 126   , 21      , 98      , 9       , 2        , 0         , 15
            A-79-837.zh.docx        , A/79/837     , REPORT    , zh  , -         , 79     , 126   , 21      , 98      , 9       , 2        , 0         , -
            A-79-837.zh.html        , A/79/837     , REPORT    , zh  , -         , 79     , 126   , 21      , 98      , 9       , 2        , 0         , -
            A-RES-79-319.zh.txt     , A/RES/79/319 , RESOLUTION, zh  , 2025-07-25, 79     , 126   , 0       , 31      , 0       , 11       , 20        , -
            A-RES-76-270.en.txt     , A/RES/76/270 , RESOLUTION, en  , 2022-06-21, 76     , 128   , 0       , 28      , 0       , 9        , 20        , -
            A-RES-74-304.en.txt     , A/RES/74/304 , RESOLUTION, en  , 2020-09-04, 74     , 125   , 0       , 24      , 0       , 9        , 18        , -
            A-RES-48-246.en.pdf     , A/RES/48/246 , RESOLUTION, en  , 1994-04-05, 48     , 165   , 0       , 12      , 0       , 2        , 10        , 3
            A-RES-48-246.es.pdf     , A/RES/48/246 , RESOLUTION, es  , 1994-04-05, 48     , 165   , 0       , 12      , 0       , 2        , 10        , 3
            A-RES-73-6.en.pdf       , A/RES/73/6   , RESOLUTION, en  , -1        , 73     , -1    , 0       , 14      , 0       , 6        , -1        , 5
            A-RES-73-7.en.pdf       , A/RES/73/7   , RESOLUTION, en  , -1        , 73     , -1    , 0       , 28      , 0       , 9        , -1        , 5
            A-INF-76-1.en.pdf       , A/INF/76/1   , NOTE      , en  , 2021-02-15, 76     , -     , 1       , 2       , 0       , 0        , 0         , 2
            """)
    void parsesCorpusDocument(String file, String symbol, DocumentType type, String language, String date, String session,
                              String agendaItem, int headings, int numbered, int subitems, int footnotes,
                              int preambular, Integer pages) throws Exception {
        ParsedDocument doc;
        try (InputStream in = getClass().getResourceAsStream("/corpus/" + file)) {
            doc = READER.read(in, file, null);
        }
        ParsedDocument.Metadata m = doc.metadata();
        assertThat(m.symbol()).isEqualTo(symbol);
        assertThat(m.type()).isEqualTo(type);
        assertThat(m.language()).isEqualTo(language);
        if (!"-1".equals(date)) {
            assertThat(m.date()).isEqualTo(date);
        }
        assertThat(m.session()).isEqualTo(session);
        if (!"-1".equals(agendaItem)) {
            assertThat(m.agendaItem()).isEqualTo(agendaItem);
        }
        assertThat(m.pageCount()).isEqualTo(pages);
        assertThat(count(doc, ParagraphKind.HEADING)).as("headings").isEqualTo(headings);
        assertThat(doc.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PARAGRAPH && p.number() != null))
                .as("numbered paragraphs").hasSize(numbered)
                .extracting(ParsedDocument.Paragraph::number)
                .as("numbered 1..n in order").containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, numbered).mapToObj(String::valueOf).toList());
        assertThat(count(doc, ParagraphKind.LIST_ITEM)).as("sub-items").isEqualTo(subitems);
        assertThat(count(doc, ParagraphKind.FOOTNOTE)).as("footnotes").isEqualTo(footnotes);
        if (preambular >= 0) {
            assertThat(doc.paragraphs().stream().filter(p -> p.role() == ParagraphRole.PREAMBULAR)).as("preambular").hasSize(preambular);
        }
        if (type == DocumentType.RESOLUTION) {
            assertThat(doc.paragraphs().stream().filter(p -> p.role() == ParagraphRole.OPERATIVE && p.number() != null))
                    .as("operative").hasSize(numbered);
        }
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, doc.paragraphs().size()).boxed().toList());
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::text)
                .noneMatch(t -> t.contains("**") || t.contains("<sup>") || t.contains("https://") || t.contains("______"));
    }

    private static long count(ParsedDocument doc, ParagraphKind kind) {
        return doc.paragraphs().stream().filter(p -> p.kind() == kind).count();
    }
}
