package docpipe.parse.isolation;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.parse.extract.UnreadableDocumentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real child JVMs on this test's class path. */
class ChildProcessExtractionTest {

    private static final String RESOLUTION = """
            United Nations\tA/RES/76/270
            General Assembly
            Distr.: General
            10 May 2022

            Seventy-sixth session
            Agenda item 125

            Resolution adopted by the General Assembly on 2 May 2022

            76/270. Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union

            The General Assembly,

            Recalling its resolution 74/304 of 15 September 2020,

            1. Welcomes the report of the Secretary-General;

            2. Decides to include in the provisional agenda of its seventy-eighth session the item.
            """;

    private ChildProcessExtraction extraction;

    @AfterEach
    void close() {
        if (extraction != null) {
            extraction.close();
        }
    }

    @Test
    void aParseThatNeverEndsFailsWithTimeoutAndTheNextDocumentIsReadOnTheFreedWorker() throws Exception {
        extraction = new ChildProcessExtraction(new ChildProcessExtraction.Options(1 << 20, 1_000_000,
                Duration.ofSeconds(1), 1, "128m", Duration.ofSeconds(60), NeverEndingReader.class.getName()));
        extraction.read(text(RESOLUTION), "warm-up.txt", "text/plain"); // the child's JVM start is not the parse's time
        long hungChild = extraction.childPids().get(0);

        assertThatThrownBy(() -> extraction.read(text(RESOLUTION), "never-ends.txt", "text/plain"))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).isEqualTo("timeout"));
        assertThat(ProcessHandle.of(hungChild).map(ProcessHandle::isAlive).orElse(false))
                .as("the child that spun is killed, not left running").isFalse();

        ParsedDocument next = extraction.read(text(RESOLUTION), "next.txt", "text/plain");
        assertThat(next.metadata().symbol()).isEqualTo("A/RES/76/270");
        assertThat(extraction.childPids()).hasSize(1).doesNotContain(hungChild);
    }

    @Test
    void givesTheSameDocumentAsReadingInProcess() throws Exception {
        extraction = new ChildProcessExtraction(new ChildProcessExtraction.Options(100L << 20, 10_000_000,
                Duration.ofSeconds(60), 1, "256m", Duration.ofSeconds(60), null));
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/corpus/A-RES-73-6.en.pdf")) {
            pdf = in.readAllBytes();
        }

        ParsedDocument inChild = extraction.read(new ByteArrayInputStream(pdf), "A-RES-73-6.en.pdf", "application/pdf");
        ParsedDocument inProcess = new DocumentReader().read(new ByteArrayInputStream(pdf), "A-RES-73-6.en.pdf",
                "application/pdf");

        assertThat(inChild).isEqualTo(inProcess);
    }

    @Test
    void passesOnTheReasonOfAnUnreadableFile() {
        extraction = new ChildProcessExtraction(new ChildProcessExtraction.Options(1 << 20, 1_000_000,
                Duration.ofSeconds(30), 1, "128m", Duration.ofSeconds(60), null));

        assertThatThrownBy(() -> extraction.read(text("%PDF-1.7 this is not really a PDF"), "broken.pdf", null))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).isEqualTo("corrupt"));
        assertThat(extraction.childPids()).as("an unreadable file does not cost the child").hasSize(1);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

}
