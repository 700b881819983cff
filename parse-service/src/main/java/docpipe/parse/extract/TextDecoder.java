package docpipe.parse.extract;

import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a plain text or Markdown file: UTF-8 when the bytes are valid UTF-8 (the usual case, and
 * certain when they are), otherwise the charset that Tika's detectors find (GB18030/GBK, windows-1252…).
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** No NUL and almost no control bytes, and it decodes to mostly letters, digits, punctuation and spaces. */
    static boolean looksLikeText(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100) {
            return false;
        }
        try {
            String text = decode(bytes);
            long plain = text.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                    || Character.getType(c) >= Character.DASH_PUNCTUATION && Character.getType(c) <= Character.OTHER_PUNCTUATION).count();
            return !text.isEmpty() && plain >= text.codePointCount(0, text.length()) * 0.9;
        } catch (IOException | TikaException e) {
            return false;
        }
    }

    static String decode(byte[] bytes) throws IOException, TikaException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes))) {
                StringBuilder sb = new StringBuilder();
                char[] buffer = new char[8192];
                int n;
                while ((n = reader.read(buffer)) > 0) {
                    sb.append(buffer, 0, n);
                }
                return sb.toString();
            }
        }
    }
}
