package docpipe.parse.extract;

import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

    private static final DocumentReader READER = new DocumentReader();

    @Test
    void givesTheSameParagraphsFromTextPdfDocxAndHtml() throws Exception {
        List<String> fromText = body(read("A-79-837.zh.txt"));
        assertThat(fromText).hasSize(21 + 98 + 9);
        for (String file : List.of("A-79-837.zh.pdf", "A-79-837.zh.with-links.pdf", "A-79-837.zh.docx", "A-79-837.zh.html")) {
            assertThat(body(read(file))).as(file).containsExactlyElementsOf(fromText);
        }
    }

    /** The report's DOCX saved as Word 97 (.doc) by LibreOffice 7.4 (`soffice --convert-to doc`). */
    @Test
    void givesTheSameParagraphsFromAWord97Document() throws Exception {
        List<String> fromText = body(read("A-79-837.zh.txt"));
        ParsedDocument doc = read("A-79-837.zh.doc");

        assertThat(body(doc)).containsExactlyElementsOf(fromText);
        assertThat(doc.metadata().symbol()).isEqualTo("A/79/837");
        assertThat(doc.metadata().type()).isEqualTo(DocumentType.REPORT);
        // The footnotes are items of their own, not paragraphs; Tika does not report where a .doc's marks
        // stand in the text, so they are not linked to a paragraph (the other formats link them).
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.FOOTNOTE)
                .extracting(ParsedDocument.Paragraph::text)
                .satisfiesExactly(t -> assertThat(t).startsWith("凡提及“科索沃”时"),
                        t -> assertThat(t).startsWith("见 www.unwomen.org").endsWith("gender-snapshot-2024。"));
    }

    @Test
    void linksTheSameFootnotesToTheSameParagraphsInEveryFormat() throws Exception {
        for (String file : List.of("A-79-837.zh.txt", "A-79-837.zh.pdf", "A-79-837.zh.docx", "A-79-837.zh.html")) {
            ParsedDocument doc = read(file);
            assertThat(doc.paragraphs()).as(file).filteredOn(p -> !p.footnotes().isEmpty())
                    .extracting(ParsedDocument.Paragraph::number, ParsedDocument.Paragraph::footnotes)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("24", List.of("1")),
                            org.assertj.core.groups.Tuple.tuple("96", List.of("2")));
            assertThat(doc.paragraphs()).as(file).filteredOn(p -> p.kind() == ParagraphKind.FOOTNOTE)
                    .extracting(ParsedDocument.Paragraph::text)
                    .satisfiesExactly(t -> assertThat(t).startsWith("凡提及“科索沃”时"),
                            t -> assertThat(t).startsWith("见 www.unwomen.org").endsWith("gender-snapshot-2024。"));
            assertThat(numbered(doc, "24").text()).as(file).contains("特派团完成了");
        }
    }

    @Test
    void recordsThePageWhereEachPdfParagraphStarts() throws Exception {
        ParsedDocument pdf = read("A-79-837.zh.pdf");
        assertThat(pdf.paragraphs()).allMatch(p -> p.page() != null && p.page() >= 1 && p.page() <= 15);
        assertThat(numbered(pdf, "1").page()).isEqualTo(1);
        assertThat(numbered(pdf, "98").page()).isGreaterThan(numbered(pdf, "9").page());
        assertThat(pdf.paragraphs()).extracting(ParsedDocument.Paragraph::page).isSorted();
    }

    @Test
    void readsLegacyChineseEncoding() throws Exception {
        String text = new String(bytes("A-79-837.zh.txt"), StandardCharsets.UTF_8);
        byte[] gb18030 = text.getBytes(Charset.forName("GB18030"));
        ParsedDocument fromGb = READER.read(new ByteArrayInputStream(gb18030), "A-79-837.gb18030.txt", "text/plain");
        assertThat(body(fromGb)).containsExactlyElementsOf(body(read("A-79-837.zh.txt")));
    }

    @Test
    void readsMarkdown() throws Exception {
        String md = """
                # A/80/1

                ## I. Introduction

                1. The **Assembly** met [here](https://example.org).<sup>1</sup>

                2. It closed.

                <sup>1</sup> See A/79/1.
                """;
        ParsedDocument doc = READER.read(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)), "note.md", null);
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::kind, ParsedDocument.Paragraph::number,
                        ParsedDocument.Paragraph::text)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, null, "I. Introduction"),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "1", "The Assembly met here."),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "2", "It closed."),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.FOOTNOTE, "1", "See A/79/1."));
        assertThat(numbered(doc, "1").footnotes()).containsExactly("1");
    }

    @Test
    void readsFootnoteAnchorsOfWordHtml() throws Exception {
        String html = """
                <html><head><title>A/80/5</title></head><body>
                <p>1. The Inter-Parliamentary Union held its annual<br>
                hearing at United Nations Headquarters.<a href="#_ftn1" name="_ftnref1">[1]</a></p>
                <p>2. The hearing was well attended.</p>
                <div><p><a href="#_ftnref1" name="_ftn1">[1]</a> See www.ipu.org.</p></div>
                </body></html>
                """;
        ParsedDocument doc = READER.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "a.html", "text/html");
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::kind, ParsedDocument.Paragraph::number,
                        ParsedDocument.Paragraph::text, ParsedDocument.Paragraph::footnotes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "1",
                                "The Inter-Parliamentary Union held its annual hearing at United Nations Headquarters.", List.of("1")),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "2", "The hearing was well attended.", List.of()),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.FOOTNOTE, "1", "See www.ipu.org.", List.of()));
    }

    @Test
    void readsAnXmlResolutionElementByElement() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                  <act name="resolution">
                    <preface><p>United Nations</p><p><docNumber>A/RES/80/9</docNumber></p>
                      <p>Resolution adopted by the General Assembly on <docDate date="2025-10-01">1 October 2025</docDate></p></preface>
                    <preamble><formula><p>The General Assembly,</p></formula>
                      <p><i>Recalling</i> its resolution 79/1 of 22 September 2024,</p></preamble>
                    <body>
                      <paragraph><num>1.</num><content><p><i>Welcomes</i> the report<noteRef>1</noteRef>;</p></content></paragraph>
                      <paragraph><num>2.</num><content><p><i>Decides</i> to remain seized of the matter.</p></content></paragraph>
                    </body>
                  </act>
                </akomaNtoso>
                """;
        ParsedDocument doc = READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "res.xml", null);

        assertThat(doc.metadata().symbol()).isEqualTo("A/RES/80/9");
        assertThat(doc.paragraphs()).filteredOn(p -> p.role() == ParagraphRole.OPERATIVE)
                .extracting(ParsedDocument.Paragraph::number).containsExactly("1", "2");
        assertThat(doc.paragraphs()).filteredOn(p -> p.role() == ParagraphRole.PREAMBULAR).hasSize(1);
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::text).noneMatch(t -> t.contains("<"));
    }

    @Test
    void readsXhtml() throws Exception {
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>A/HRC/60/1</title></head><body>
                <p>A/HRC/60/1</p><p>Report of the Special Rapporteur</p>
                <h2>I. Introduction</h2>
                <p>1. The present report is submitted pursuant to Council resolution 54/1.</p>
                <p>2. It covers the period from August 2024 to July 2025.</p>
                </body></html>
                """;
        ParsedDocument doc = READER.read(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)), "r.xhtml", null);

        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.PARAGRAPH && p.number() != null)
                .extracting(ParsedDocument.Paragraph::number).containsExactly("1", "2");
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.HEADING)
                .extracting(ParsedDocument.Paragraph::text).containsExactly("I. Introduction");
    }

    @Test
    void rejectsRandomBytesNamedPdfAsUnsupported() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        assertUnreadable(noise, "scan.pdf", "unsupported-type");
    }

    @Test
    void rejectsPlainZipArchiveAsUnsupported() throws IOException {
        assertUnreadable(zip("data.bin", new byte[1000]), "report.docx", "unsupported-type");
    }

    @Test
    void rejectsTruncatedPdfAsCorrupt() throws IOException {
        assertUnreadable(Arrays.copyOf(bytes("A-79-837.zh.pdf"), 3000), "A-79-837.pdf", "corrupt");
    }

    @Test
    void rejectsEmptyFile() {
        assertUnreadable(new byte[0], "empty.txt", "empty");
    }

    @Test
    void rejectsPdfWithoutText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        assertUnreadable(out.toByteArray(), "scanned.pdf", "empty");
    }

    @Test
    void rejectsEncryptedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        assertUnreadable(out.toByteArray(), "locked.pdf", "encrypted");
    }

    @Test
    void rejectsPasswordProtectedDocx() throws Exception {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>1. A secret paragraph.</w:t></w:r></w:p></w:body></w:document>";
        org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        org.apache.poi.poifs.crypt.Encryptor encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
            os.write(docx(document));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertUnreadable(out.toByteArray(), "locked.docx", "encrypted");
    }

    @Test
    void stopsDocxBombAtTheCharacterLimit() throws IOException {
        String paragraph = "<w:p><w:r><w:t>" + "bomb ".repeat(2000) + "</w:t></w:r></w:p>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + paragraph.repeat(500) + "</w:body></w:document>";
        byte[] docx = docx(document);
        assertThat(docx.length).isLessThan(200_000);
        DocumentReader small = new DocumentReader(new DocumentReader.Limits(10_000_000, 1_000_000, Duration.ofSeconds(60), 1));
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(docx), "bomb.docx", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo("limit"));
    }

    @Test
    void readsSmallDocx() throws IOException, UnreadableDocumentException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>1. First paragraph of the note.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>2. Second paragraph of the note.</w:t></w:r></w:p></w:body></w:document>";
        ParsedDocument doc = READER.read(new ByteArrayInputStream(docx(document)), "x.bin", "application/octet-stream");
        assertThat(doc.paragraphs()).extracting(ParsedDocument.Paragraph::number).containsExactly("1", "2");
    }

    @Test
    void stopsExtractionThatTakesTooLong() throws IOException {
        DocumentReader impatient = new DocumentReader(new DocumentReader.Limits(10_000_000, 1_000_000, Duration.ofMillis(1), 1));
        byte[] pdf = bytes("A-79-837.zh.pdf");
        assertThatThrownBy(() -> impatient.read(new ByteArrayInputStream(pdf), "A-79-837.pdf", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo("timeout");
                    assertThat(e.getMessage()).contains("A-79-837.pdf");
                });
    }

    private static void assertUnreadable(byte[] content, String name, String reason) {
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(content), name, null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(name);
                });
    }

    /** The non-footnote items as kind, number and text without whitespace (formats differ only in spacing). */
    private static List<String> body(ParsedDocument doc) {
        return doc.paragraphs().stream().filter(p -> p.kind() != ParagraphKind.FOOTNOTE)
                .map(p -> p.kind() + "|" + p.number() + "|" + p.text().replaceAll("\\s+", "")).toList();
    }

    private static ParsedDocument.Paragraph numbered(ParsedDocument doc, String number) {
        return doc.paragraphs().stream().filter(p -> number.equals(p.number())).findFirst().orElseThrow();
    }

    private static ParsedDocument read(String file) throws Exception {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/corpus/" + file)) {
            return READER.read(in, file, null);
        }
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/corpus/" + file)) {
            return in.readAllBytes();
        }
    }

    private static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", documentXml);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
