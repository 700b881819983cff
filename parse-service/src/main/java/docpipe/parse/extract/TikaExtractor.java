package docpipe.parse.extract;

import docpipe.parse.structure.ExtractedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Runs Tika on Word, HTML and XML files, and PDFBox (Tika's own PDF library) directly on PDFs, through
 * {@link PdfLayoutStripper}, so that each line keeps how it is laid out on the page; annotation and bookmark
 * text is not read (it brings link URLs in as stray lines), DOCX goes through the streaming SAX extractor (the DOM one
 * ran out of a 1 GB heap on a 286:1 DOCX bomb), and the text handler stops at a character limit.
 */
final class TikaExtractor {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;

    TikaExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    ExtractedText extract(byte[] bytes, String type) throws Exception {
        boolean pdf = type.equals("application/pdf");
        if (pdf) {
            // PDFBox directly, as Tika would run it, to keep each line's position, size and weight.
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return PdfLayoutStripper.extract(document, maxChars);
            }
        }
        PagedTextHandler handler = new PagedTextHandler(!pdf, type.equals(DOCX) || type.equals("application/msword"), maxChars);
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            parser.parse(stream, handler, new Metadata(), context());
        } catch (Exception e) {
            // Tika wraps the handler's exception in its own; the handler knows whether it was the limit.
            if (handler.limitReached()) {
                throw new PagedTextHandler.LimitReached(maxChars);
            }
            throw e;
        }
        return new ExtractedText(handler.text(), pdf ? handler.pages() : null, !pdf);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof org.xml.sax.SAXException sax ? sax.getException() : null;
    }

    /** The reason a file could not be read, said for the person who sent it. */
    static UnreadableDocumentException unreadable(String fileName, Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof UnreadableDocumentException u) {
                return u;
            }
            if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException) {
                return new UnreadableDocumentException("encrypted", fileName + " is password-protected", failure);
            }
            if (t instanceof PagedTextHandler.LimitReached) {
                return new UnreadableDocumentException("limit", fileName + " holds " + t.getMessage()
                        + ", more than a document should (a decompression bomb?)", failure);
            }
            if (t instanceof ZeroByteFileException) {
                return new UnreadableDocumentException("empty", fileName + " is empty", failure);
            }
            if (t instanceof OutOfMemoryError || t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
                return new UnreadableDocumentException("limit", fileName
                        + " expands to more than can be read safely (a decompression bomb?)", failure);
            }
        }
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return new UnreadableDocumentException("corrupt", fileName + " could not be read: it looks damaged ("
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")",
                failure);
    }
}
