package docpipe.query.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preambular and operative paragraphs of a General Assembly resolution from the text of its PDF
 * (in {@code src/test/resources/corpus}), as the parse service gives them: page headers, footers and
 * footnote blocks left out, lines joined, operative paragraphs numbered. Test data only.
 */
public final class ResolutionParagraphs {

    public record Paragraph(String role, String number, String text) {
    }

    private static final Pattern OPERATIVE = Pattern.compile("^(\\d+)\\.\\s*(.*)$");
    private static final Pattern FURNITURE = Pattern.compile(
            "^(\\d+/\\d+|\\d{2}-\\d{5}( \\(E\\))?|\\*\\d+\\*|\\d{6}|Interaction between the United Nations, national( parliaments)?"
                    + "|(and the|parliaments and the) Inter-Parliamentary Union)$");
    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>\\d+</sup>");
    private static final Pattern CHINESE_DATE = Pattern.compile("^\\d{4} 年 \\d+ 月 \\d+ 日$");
    private static final Pattern END = Pattern.compile("^\\d+(st|nd|rd|th) plenary meeting$");

    private ResolutionParagraphs() {
    }

    /** The paragraphs of a resolution: the English texts are PDF extractions, the Chinese ones Markdown. */
    public static List<Paragraph> read(String resource) {
        return resource.contains(".zh.") ? readChinese(text(resource)) : readEnglish(text(resource));
    }

    private static String text(String resource) {
        try (InputStream in = ResolutionParagraphs.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per paragraph, except where a page break cut one; footnote lines and markers and bold marks left out. */
    private static List<Paragraph> readChinese(String text) {
        List<Paragraph> out = new ArrayList<>();
        boolean started = false;
        for (String raw : text.split("\n")) {
            String line = SUPERSCRIPT.matcher(raw.strip()).replaceAll("").replace("**", "").strip();
            if (!started) {
                started = line.equals("大会，");
                continue;
            }
            if (line.endsWith("全体会议") || CHINESE_DATE.matcher(line).matches()) {
                break;
            }
            if (line.isEmpty() || raw.strip().startsWith("<sup>") || line.startsWith("#") || line.startsWith("---")) {
                continue;
            }
            Matcher operative = OPERATIVE.matcher(line);
            Paragraph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (operative.matches()) {
                out.add(new Paragraph("OPERATIVE", operative.group(1), operative.group(2)));
            } else if (last != null && !last.text().matches(".*[，；。]$")) {
                out.set(out.size() - 1, new Paragraph(last.role(), last.number(), last.text() + line));
            } else {
                out.add(new Paragraph("PREAMBULAR", null, line));
            }
        }
        return out;
    }

    private static List<Paragraph> readEnglish(String text) {
        String[] lines = text.split("\n");
        String symbol = lines[0].strip();
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        String role = null;
        String number = null;
        boolean started = false;
        boolean inFootnotes = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (!started) {
                started = line.equals("The General Assembly,");
                continue;
            }
            if (END.matcher(line).matches()) {
                break;
            }
            if (line.startsWith("_____")) {
                inFootnotes = true;
                continue;
            }
            if (inFootnotes) {
                inFootnotes = !line.equals(symbol);
                continue;
            }
            if (line.isEmpty() || line.equals(symbol) || FURNITURE.matcher(line).matches()) {
                continue;
            }
            Matcher operative = OPERATIVE.matcher(line);
            boolean preambleStarts = "PREAMBULAR".equals(role) && current.toString().endsWith(",")
                    && Character.isUpperCase(line.charAt(0));
            if (operative.matches() || current == null || preambleStarts) {
                if (current != null) {
                    out.add(new Paragraph(role, number, current.toString()));
                }
                current = new StringBuilder();
                if (operative.matches()) {
                    role = "OPERATIVE";
                    number = operative.group(1);
                    line = operative.group(2);
                } else {
                    role = "PREAMBULAR";
                    number = null;
                }
            }
            if (!line.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(line);
            }
        }
        if (current != null) {
            out.add(new Paragraph(role, number, current.toString()));
        }
        return out;
    }

    /** The paragraphs as the comparison reads them from the store, indexed in document order. */
    public static List<Passage> passages(String resource) {
        return passages(resource, List.of());
    }

    /** The same, each paragraph with the ids of {@code entities} (id, then the names it is written as) it names. */
    public static List<Passage> passages(String resource, List<List<String>> entities) {
        List<Paragraph> paragraphs = read(resource);
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            List<String> ids = entities.stream()
                    .filter(e -> e.subList(1, e.size()).stream().anyMatch(p.text()::contains))
                    .map(e -> e.get(0)).toList();
            out.add(new Passage(i, p.number(), "PARAGRAPH", p.role(), p.text(), ids));
        }
        return out;
    }
}
