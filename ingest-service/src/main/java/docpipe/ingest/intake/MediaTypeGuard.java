package docpipe.ingest.intake;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Decides whether a file is of a type the pipeline can read, from its bytes first and its name second,
 * and refuses a file whose name claims one type while its bytes are another (a mislabelled file).
 */
class MediaTypeGuard {

    private static final Set<MediaType> READABLE = Set.of(
            MediaType.application("pdf"),
            MediaType.application("msword"),
            MediaType.application("x-tika-msoffice"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("x-tika-ooxml"),
            MediaType.application("zip"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"),
            // texts the UN and OHCHR publish as XML; parse reads them element by element
            MediaType.application("xml"),
            MediaType.text("xml"),
            MediaType.TEXT_PLAIN);

    private static final int SNIFF_BYTES = 8192;

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** The media type to record for the file, or a {@link RejectedFileException} with status 415. */
    String check(InputStream content, String fileName) throws IOException {
        content.mark(SNIFF_BYTES);
        byte[] head = content.readNBytes(SNIFF_BYTES);
        content.reset();
        MediaType byContent = MediaType.parse(tika.detect(content));
        MediaType byName = MediaType.parse(tika.detect(fileName));
        if (MediaType.OCTET_STREAM.equals(byContent) && bothText(byName, MediaType.TEXT_PLAIN)
                && looksLikeLegacyText(head)) {
            // Tika recognises ASCII and UTF-8 text by its bytes; GB18030, Big5 or windows-1252 text it cannot.
            byContent = MediaType.TEXT_PLAIN;
        }
        if (byContent == null || MediaType.OCTET_STREAM.equals(byContent)) {
            throw RejectedFileException.unsupported("The content of '" + fileName
                    + "' is not a format docpipe reads (PDF, DOCX, DOC, HTML, XML, text or Markdown).");
        }
        if (!isReadable(byContent)) {
            throw RejectedFileException.unsupported("'" + fileName + "' is " + byContent
                    + ", which docpipe does not read (PDF, DOCX, DOC, HTML, XML, text or Markdown).");
        }
        if (registry.isInstanceOf(byContent, MediaType.application("zip"))
                && !registry.isInstanceOf(byName, MediaType.application("x-tika-ooxml"))) {
            throw RejectedFileException.unsupported("'" + fileName
                    + "' is a ZIP archive; docpipe reads DOCX but not other archives.");
        }
        if (byName != null && !MediaType.OCTET_STREAM.equals(byName)) {
            if (registry.isInstanceOf(byName, byContent)) {
                if (!isReadable(byName)) {
                    throw RejectedFileException.unsupported("'" + fileName + "' is " + byName
                            + ", which docpipe does not read.");
                }
                return byName.toString();
            }
            if (isProtectedOoxml(byName, byContent)) {
                return byName.toString();
            }
            if (!registry.isInstanceOf(byContent, byName) && !bothText(byName, byContent)) {
                throw RejectedFileException.unsupported("'" + fileName + "' is named as " + byName
                        + " but its content is " + byContent + ".");
            }
        }
        return byContent.toString();
    }

    /** No NUL bytes and hardly any other control characters: text in a legacy encoding, not binary. */
    private static boolean looksLikeLegacyText(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return head.length > 0 && controls * 100 < head.length;
    }

    private boolean isReadable(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (READABLE.contains(t.getBaseType())) {
                return true;
            }
        }
        return false;
    }

    /** A password-protected DOCX is an OLE2 container; the parse stage reports it as encrypted. */
    private boolean isProtectedOoxml(MediaType byName, MediaType byContent) {
        return registry.isInstanceOf(byName, MediaType.application("x-tika-ooxml"))
                && (MediaType.application("x-tika-ooxml-protected").equals(byContent)
                || MediaType.application("x-tika-msoffice").equals(byContent));
    }

    private boolean bothText(MediaType a, MediaType b) {
        return registry.isInstanceOf(a, MediaType.TEXT_PLAIN) && registry.isInstanceOf(b, MediaType.TEXT_PLAIN);
    }
}
