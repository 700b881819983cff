package docpipe.parse.structure;

import docpipe.events.ParsedDocument;
import docpipe.untext.UnDates;
import docpipe.untext.UnLanguages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recovers the structure of a UN document from its extracted text: metadata, headings and section paths,
 * numbered paragraphs and sub-items, preambular and operative paragraphs, footnotes linked to their
 * marks, and the page where each item starts, with the page furniture removed. Plain Java, thread-safe.
 */
public final class StructureParser {

    private final StructurePatterns patterns = StructurePatterns.get();
    private final MetadataReader metadata = new MetadataReader(patterns);
    private final FrontMatter frontMatter = new FrontMatter(patterns);

    public ParsedDocument parse(ExtractedText extracted) {
        List<Line> lines = lines(extracted);
        // Null when the opening does not tell (no letters, or Latin script without a function word): the patterns
        // of every language then apply, and metadata.language stays empty rather than made up.
        String language = UnLanguages.guess(opening(extracted.text())).orElse(null);
        PageFurniture furniture = new PageFurniture(patterns, lines, extracted.hasPages());
        int bodyStart = frontMatter.bodyStart(lines, language);
        List<Line> masthead = lines.subList(0, bodyStart);
        String symbol = metadata.symbol(masthead.isEmpty() ? lines.subList(0, Math.min(15, lines.size())) : masthead,
                lines, language);
        furniture.symbol(symbol);
        furniture.masthead(masthead);

        List<Line> body = lines.subList(bodyStart, lines.size());
        FootnoteZones.Result zones = new FootnoteZones(patterns, furniture).find(body);
        LayoutProfile profile = LayoutProfile.of(body);
        Closing closing = closing(body);
        List<Line> text = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            if (!zones.consumed().contains(i) && !closing.lines().contains(i) && !furniture.isFurniture(line)) {
                text.add(line);
            }
        }
        LineLayout layout = LineLayout.of(text, extracted.paragraphPerLine());
        ParagraphAssembler assembler = new ParagraphAssembler(patterns, language, layout, new TextJoiner(vocabulary(text)),
                profile);
        List<Item> items = assembler.assemble(text, zones.footnotes());
        new FootnoteLinker().link(items);

        ParsedDocument.Metadata meta = metadata.read(withFirstPageNotes(masthead, lines), symbol, language, extracted.pageCount(),
                assembler.isResolution(), closing.date());
        List<ParsedDocument.Paragraph> paragraphs = new ArrayList<>();
        for (Item item : items) {
            if (item.text.isBlank()) {
                continue;
            }
            paragraphs.add(new ParsedDocument.Paragraph(paragraphs.size(), item.number, item.kind, item.role,
                    item.sectionPath, item.text, item.page, item.footnotes));
        }
        return new ParsedDocument(meta, paragraphs);
    }

    /**
     * The masthead and the notes marked by asterisks at the foot of the first page, which belong to it
     * ("* Adopted by the Committee at its 121st session", "* Reissued for technical reasons").
     */
    private static List<Line> withFirstPageNotes(List<Line> masthead, List<Line> lines) {
        List<Line> result = new ArrayList<>(masthead);
        Integer firstPage = lines.isEmpty() ? null : lines.get(0).page();
        for (int i = masthead.size(); i < lines.size() && java.util.Objects.equals(lines.get(i).page(), firstPage); i++) {
            if (lines.get(i).text().matches("\\*{1,3}\\s+\\S.*")) {
                result.add(lines.get(i));
            }
        }
        return result;
    }

    /** Enough letters to tell a language by. */
    private static final int OPENING_LETTERS = 300;

    /**
     * The first page (or the first pages, until they hold enough letters): the language a document is
     * issued in is the language of its masthead and first page; an annex may be in another ("circulated in
     * the language of submission only").
     */
    private static String opening(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == '\f' && letters >= OPENING_LETTERS) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** A page's first lines, where a running header may be glued to the text. */
    private static final int PAGE_TOP = 3;

    private List<Line> lines(ExtractedText extracted) {
        List<Line> lines = new ArrayList<>();
        String[] pages = extracted.text().split("\f", -1);
        List<LineStyle> styles = extracted.styles();
        int styled = 0;
        for (int p = 0; p < pages.length; p++) {
            int onPage = 0;
            for (String raw : pages[p].split("\\R")) {
                // The styles follow the text's non-blank lines one for one.
                LineStyle style = styles == null || raw.isBlank() || styled >= styles.size() ? null : styles.get(styled++);
                String text = Chars.withoutPrivateUse(InlineMarkup.clean(raw));
                if (extracted.hasPages() && onPage < PAGE_TOP) {
                    java.util.regex.Matcher prefix = patterns.match("furniture-prefix", null, text);
                    text = prefix == null ? text : text.substring(prefix.end());
                }
                if (!text.isEmpty()) {
                    onPage++;
                    lines.add(new Line(text, extracted.hasPages() ? p + 1 : null, lines.size(), style));
                }
            }
        }
        return lines;
    }

    private record Closing(Set<Integer> lines, LocalDate date) {
    }

    /** The lines that close a resolution (its plenary meeting and date), read for the adoption date. */
    private Closing closing(List<Line> body) {
        Set<Integer> closingLines = new HashSet<>();
        LocalDate date = null;
        for (int i = 0; i < body.size(); i++) {
            if (patterns.matches("closing", null, body.get(i).text())) {
                closingLines.add(i);
                LocalDate onTheLine = UnDates.first(body.get(i).text()).orElse(null);
                if (onTheLine != null) {
                    date = onTheLine;
                }
                for (int k : new int[] {i - 1, i + 1}) {
                    if (k >= 0 && k < body.size() && UnDates.isDateLine(body.get(k).text())) {
                        closingLines.add(k);
                        date = UnDates.first(body.get(k).text()).orElse(null);
                    }
                }
            }
        }
        return new Closing(closingLines, date);
    }

    /** Words the document writes whole, to tell a line-end hyphen that splits a word from one that joins two. */
    private static Set<String> vocabulary(List<Line> lines) {
        Set<String> words = new HashSet<>();
        for (Line line : lines) {
            for (String w : line.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() > 3) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
