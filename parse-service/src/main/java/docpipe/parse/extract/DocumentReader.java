package docpipe.parse.extract;

import docpipe.events.ParsedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of any supported format into a {@link ParsedDocument}. Plain Java, thread-safe.
 * PLACEHOLDER: splits UTF-8 text on blank lines; replaced by the Tika extraction and structure parser.
 */
public final class DocumentReader {

    public ParsedDocument read(InputStream in, String fileName, String declaredMediaType)
            throws UnreadableDocumentException, IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<ParsedDocument.Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                paragraphs.add(new ParsedDocument.Paragraph(paragraphs.size(), null, "PARAGRAPH", null,
                        List.of(), block.strip(), null, List.of()));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableDocumentException("empty", "no text could be extracted from " + fileName);
        }
        return new ParsedDocument(new ParsedDocument.Metadata(null, null, null, "OTHER", null, null, null,
                List.of(), null), paragraphs);
    }
}
