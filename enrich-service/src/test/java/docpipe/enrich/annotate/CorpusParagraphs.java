package docpipe.enrich.annotate;

import docpipe.events.ParagraphKind;
import docpipe.events.ParsedDocument.Paragraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the corpus texts of {@code src/test/resources/corpus} into paragraphs the way the parse service
 * will (a stand-in while it is being written): page furniture and link lines dropped, broken lines joined,
 * a new paragraph at every number, heading or sub-item, headings carried as section paths.
 */
final class CorpusParagraphs {

    private static final Pattern NOISE = Pattern.compile(
            "^(https?://\\S+|A/79/837|\\d+/15 25-05031|_{5,}|-{3}|A/RES/\\d+/\\d+|\\d{2}-\\d{5}.*|\\*\\d+\\*|\\d/\\d)$");
    private static final Pattern START = Pattern.compile(
            "^(\\d{1,2}\\.\\s|[一二三四五六七八九十]\\.\\s|[A-H]\\.\\s|\\([a-i]\\)\\s|<sup>\\d+</sup>|##\\s|\\d \\S)");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]\\.|[A-H]\\.)\\s.*|^##\\s.*");

    private CorpusParagraphs() {
    }

    static String text(String name) {
        try (var in = CorpusParagraphs.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Paragraph> paragraphs(String name) {
        var blocks = new ArrayList<String>();
        var current = new StringBuilder();
        for (String raw : text(name).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || NOISE.matcher(line).matches()) {
                continue;
            }
            if (START.matcher(line).find() && current.length() > 0) {
                blocks.add(current.toString());
                current.setLength(0);
            }
            join(current, line);
        }
        if (current.length() > 0) {
            blocks.add(current.toString());
        }
        var paragraphs = new ArrayList<Paragraph>();
        var chapter = (String) null;
        var section = (String) null;
        for (String block : blocks) {
            String text = block.replace("**", "").replaceAll("<sup>(\\d+)</sup>", "$1").replaceFirst("^##\\s*", "");
            boolean heading = HEADING.matcher(block).matches() && block.length() < 80;
            if (heading && text.matches("^[一二三四五六七八九十]\\..*")) {
                chapter = text;
                section = null;
            } else if (heading && text.matches("^[A-H]\\..*")) {
                section = text;
            }
            var path = new ArrayList<String>();
            if (!heading || section == text) {
                if (chapter != null && chapter != text) path.add(chapter);
                if (section != null && section != text) path.add(section);
            }
            paragraphs.add(new Paragraph(paragraphs.size(), null, heading ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH, null, path,
                    text, null, List.of()));
        }
        return paragraphs;
    }

    private static void join(StringBuilder current, String line) {
        if (current.length() > 0) {
            char last = current.charAt(current.length() - 1);
            char first = line.charAt(0);
            if (!(isCjk(last) || isCjk(first)) && last != '-') {
                current.append(' ');
            }
        }
        current.append(line);
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
