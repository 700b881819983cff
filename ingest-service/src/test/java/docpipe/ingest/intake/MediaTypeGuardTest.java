package docpipe.ingest.intake;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaTypeGuardTest {

    private final MediaTypeGuard guard = new MediaTypeGuard();

    @Test
    void acceptsPdfByItsBytes() throws IOException {
        assertThat(check("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "report.pdf"))
                .isEqualTo("application/pdf");
    }

    @Test
    void acceptsUtf8AndGb18030Text() throws IOException {
        assertThat(check("联合国与各国议会的互动".getBytes(StandardCharsets.UTF_8), "report.txt")).startsWith("text/plain");
        assertThat(check("联合国与各国议会的互动，第七十九届会议".getBytes("GB18030"), "report.txt")).startsWith("text/plain");
    }

    @Test
    void acceptsMarkdownAndHtml() throws IOException {
        assertThat(check("# Title\n\nSome text.".getBytes(StandardCharsets.UTF_8), "res.md")).isEqualTo("text/markdown");
        assertThat(check("<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8), "r.html"))
                .isEqualTo("text/html");
    }

    @Test
    void acceptsXmlTexts() throws IOException {
        byte[] xml = "<?xml version=\"1.0\"?><document><p>Human Rights Council</p></document>".getBytes(StandardCharsets.UTF_8);
        assertThat(check(xml, "report.xml")).isEqualTo("application/xml");
    }

    @Test
    void acceptsDocxNamedAsSuch() throws IOException {
        assertThat(check(zip("[Content_Types].xml", "word/document.xml"), "report.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void rejectsUnsupportedMediaType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> check(png, "picture.png"))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.status().value()).isEqualTo(415));
    }

    @Test
    void rejectsRandomBytesNamedPdf() {
        byte[] random = new byte[512];
        new java.util.Random(7).nextBytes(random);
        assertThatThrownBy(() -> check(random, "report.pdf"))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.status().value()).isEqualTo(415));
    }

    @Test
    void rejectsAPdfNamedAsAWordDocument() {
        assertThatThrownBy(() -> check("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "report.docx"))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("named as");
    }

    @Test
    void rejectsAPlainZipArchive() {
        assertThatThrownBy(() -> check(zip("a.txt"), "bundle.zip")).isInstanceOf(RejectedFileException.class);
    }

    private String check(byte[] bytes, String name) throws IOException {
        return guard.check(new java.io.BufferedInputStream(new ByteArrayInputStream(bytes)), name);
    }

    private static byte[] zip(String... entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
