package docpipe.parse.extract;

import docpipe.events.ParsedDocument;
import docpipe.parse.structure.ExtractedText;
import docpipe.parse.structure.StructureParser;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a file of any supported format (PDF, DOCX, DOC, HTML, XHTML, XML, plain text or Markdown in UTF-8 or a legacy
 * encoding) into a {@link ParsedDocument}. The real type comes from the bytes, never from the name.
 * Extraction runs on a worker thread with a time limit and a limit on the characters it may produce, so
 * a hostile file fails with an {@link UnreadableDocumentException} instead of hanging or filling the heap.
 * Thread-safe; one instance serves every document.
 */
public final class DocumentReader {

    /**
     * Bounds on one extraction: {@code maxBytes} of input, {@code maxChars} of extracted text,
     * {@code timeout} of wall-clock time, on at most {@code workers} concurrent extractions.
     */
    public record Limits(long maxBytes, int maxChars, Duration timeout, int workers) {

        public static Limits defaults() {
            return new Limits(100L * 1024 * 1024, 10_000_000, Duration.ofSeconds(60), 2);
        }
    }

    private static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/x-web-markdown");
    private static final Set<String> SUPPORTED = Set.of("application/pdf", "text/html", "application/xhtml+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");
    /** XML documents of any vocabulary (Akoma Ntoso, OHCHR exports), read element by element. */
    private static final Set<String> XML = Set.of("application/xml", "text/xml");

    /** What Tika calls an encrypted Office file: it cannot even look inside. */
    private static final Set<String> PROTECTED = Set.of("application/x-tika-ooxml-protected", "application/x-tika-msoffice-protected");

    private final Limits limits;
    private final Detector detector = new DefaultDetector();
    private final TikaExtractor tika;
    private final StructureParser structure = new StructureParser();
    private final ExecutorService workers;

    public DocumentReader() {
        this(Limits.defaults());
    }

    public DocumentReader(Limits limits) {
        this.limits = limits;
        this.tika = new TikaExtractor(limits.maxChars());
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(limits.workers(), r -> {
            Thread t = new Thread(r, "document-reader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ParsedDocument read(InputStream in, String fileName, String declaredMediaType)
            throws UnreadableDocumentException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableDocumentException("limit", fileName + " is larger than " + limits.maxBytes() + " bytes");
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("empty", fileName + " is empty");
        }
        String type = detect(bytes);
        ExtractedText text = extract(bytes, type, fileName);
        if (text.text().codePoints().noneMatch(Character::isLetter)) {
            throw new UnreadableDocumentException("empty", "no text could be extracted from " + fileName
                    + " (a scanned document without a text layer?)");
        }
        ParsedDocument parsed = structure.parse(text);
        if (parsed.paragraphs().isEmpty()) {
            throw new UnreadableDocumentException("empty", fileName + " has a heading but no text to index");
        }
        return parsed;
    }

    private String detect(byte[] bytes) throws IOException {
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            String detected = detector.detect(stream, new Metadata()).getBaseType().toString();
            // Tika takes text in a legacy multi-byte encoding (GB18030, Big5…) for binary; look again.
            return detected.equals("application/octet-stream") && TextDecoder.looksLikeText(bytes) ? "text/plain" : detected;
        }
    }

    private ExtractedText extract(byte[] bytes, String type, String fileName) throws UnreadableDocumentException {
        if (PROTECTED.contains(type)) {
            throw new UnreadableDocumentException("encrypted", fileName + " is password-protected");
        }
        if (!TEXT.contains(type) && !SUPPORTED.contains(type) && !XML.contains(type)) {
            throw new UnreadableDocumentException("unsupported-type", fileName + " is " + type
                    + ", which is not a format that can be read (PDF, Word, HTML, XML, text or Markdown)");
        }
        Future<ExtractedText> job = workers.submit(() -> TEXT.contains(type)
                ? ExtractedText.plain(TextDecoder.decode(bytes))
                : XML.contains(type) ? XmlText.read(bytes, limits.maxChars()) : tika.extract(bytes, type));
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new UnreadableDocumentException("timeout", "reading " + fileName + " took longer than "
                    + limits.timeout().toSeconds() + " s and was stopped", e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("timeout", "reading " + fileName + " was interrupted", e);
        } catch (ExecutionException e) {
            throw TikaExtractor.unreadable(fileName, e.getCause());
        }
    }
}
