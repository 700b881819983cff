package docpipe.parse.structure;

import docpipe.events.DocumentType;
import docpipe.events.ParsedDocument;
import docpipe.untext.UnDates;
import docpipe.untext.UnSymbols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a document says about itself from its masthead (the lines before the body), the way it is
 * printed in its language: symbol, title, session, agenda items, date and type.
 */
final class MetadataReader {

    private static final int MAX_MASTHEAD_LINE = 60;
    /** How many lines below "Distr." its date may be printed (the language and "Original:" lines may come between). */
    private static final int DISTR_REACH = 4;
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");

    private final StructurePatterns patterns;
    private final NumberWords numberWords = new NumberWords();

    MetadataReader(StructurePatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * The document's symbol: printed in the masthead, else built from a resolution's number, else its running header;
     * in the one form the shared normaliser gives every printed symbol, so references to it resolve.
     */
    String symbol(List<Line> masthead, List<Line> all, String language) {
        return UnSymbols.normalize(printedSymbol(masthead, all));
    }

    private String printedSymbol(List<Line> masthead, List<Line> all) {
        for (Line line : masthead) {
            String text = strip(line.text());
            if (text.startsWith("[") || text.startsWith("(")) {
                continue;
            }
            Matcher m = patterns.match("symbol", null, text);
            if (m != null) {
                return m.group().strip();
            }
        }
        for (Line line : masthead) {
            Matcher m = patterns.match("resolution-number", null, strip(line.text()));
            if (m != null) {
                return m.replaceFirst(patterns.raw("resolution-symbol"));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : all) {
            Matcher m = patterns.match("symbol", null, line.text());
            if (m != null && m.group().strip().equals(line.text())) {
                counts.merge(line.text(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    ParsedDocument.Metadata read(List<Line> masthead, String symbol, String language, Integer pageCount,
                                 boolean enacted, LocalDate adopted) {
        List<String> lines = masthead.stream().map(l -> strip(l.text())).toList();
        DocumentType type = type(lines, symbol, enacted);
        boolean adoptedText = type.isAdoptedText();
        // A note "* Adopted … at its 80th session (8 April–3 May 2024)" dates the session, not the text.
        List<String> dated = lines.stream().filter(l -> !l.startsWith("*")).toList();
        LocalDate date = adoptedText && adopted != null ? adopted : date(dated, adoptedText);
        List<String> agendaItems = agendaItems(lines, language);
        return new ParsedDocument.Metadata(symbol, title(lines, symbol, language), language, type,
                date == null ? null : date.toString(), session(lines, symbol, language),
                agendaItems.isEmpty() ? null : agendaItems.get(0), agendaItems, pageCount);
    }

    /** The type the symbol's pattern gives (symbol-types.tsv), else the masthead's type words, else the body's form. */
    private DocumentType type(List<String> lines, String symbol, boolean enacted) {
        StructurePatterns.SymbolType bySymbol = patterns.symbolType(symbol);
        if (bySymbol != null && !bySymbol.titleFirst()) {
            return bySymbol.type();
        }
        for (String line : lines) {
            for (Map.Entry<DocumentType, List<Pattern>> e : patterns.typeWords().entrySet()) {
                if (e.getValue().stream().anyMatch(p -> p.matcher(line).matches())) {
                    return e.getKey();
                }
            }
        }
        if (bySymbol != null) {
            return bySymbol.type();
        }
        return enacted ? DocumentType.RESOLUTION : DocumentType.OTHER;
    }

    private LocalDate date(List<String> lines, boolean adoptedText) {
        if (adoptedText) {
            for (int i = 0; i < lines.size(); i++) {
                if (patterns.matches("adopted", null, lines.get(i))) {
                    LocalDate d = UnDates.first(lines.get(i)).orElse(null);
                    if (d == null && i + 1 < lines.size()) {
                        d = UnDates.first(lines.get(i + 1)).orElse(null);
                    }
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        // The issue date is printed under "Distr."; a date in brackets is an editor's note, not the issue date.
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Distr")) {
                for (int k = i; k < Math.min(lines.size(), i + DISTR_REACH); k++) {
                    LocalDate d = UnDates.first(lines.get(k)).orElse(null);
                    if (d != null && !lines.get(k).startsWith("[")) {
                        return d;
                    }
                }
            }
        }
        for (String line : lines) {
            if (UnDates.isDateLine(line) && !line.startsWith("[")) {
                return UnDates.first(line).orElse(null);
            }
        }
        return null;
    }

    private String session(List<String> lines, String symbol, String language) {
        if (symbol != null) {
            Matcher ga = patterns.match("session-from-symbol", null, symbol);
            if (ga != null) {
                return ga.group(1);
            }
        }
        for (String line : lines) {
            // A long line is text that may name any session; a note of the masthead ("* Adopted by the
            // Committee at its 121st session") names the document's own.
            if (line.length() > MAX_MASTHEAD_LINE && !line.startsWith("*")) {
                continue;
            }
            Matcher m = patterns.match("session", language, line);
            if (m != null) {
                String printed = m.group(1);
                if (printed.matches("[一二三四五六七八九十百〇零]+")) {
                    return String.valueOf(Labels.chinese(printed));
                }
                Integer number = numberWords.value(printed, language);
                return number == null ? printed : String.valueOf(number);
            }
        }
        return null;
    }

    private List<String> agendaItems(List<String> lines, String language) {
        for (String line : lines) {
            Matcher m = patterns.match("agenda-item", language, line);
            if (m != null) {
                List<String> items = new ArrayList<>();
                for (String part : patterns.all("list-separator", null).get(0).split(m.group(1).strip())) {
                    String item = part.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
                    if (item.matches("\\d+(\\([a-z]\\))?")) {
                        items.add(item);
                    }
                }
                return items;
            }
        }
        return List.of();
    }

    /** The title: after a resolution's number, else the first run of masthead lines that are nothing else. */
    private String title(List<String> lines, String symbol, String language) {
        TextJoiner joiner = new TextJoiner(java.util.Set.of());
        for (int i = 0; i < lines.size(); i++) {
            Matcher number = patterns.match("resolution-number", null, lines.get(i));
            if (number != null) {
                String title = number.group(3).strip();
                for (int k = i + 1; k < lines.size() && !isMasthead(lines.get(k), symbol, language); k++) {
                    title = joiner.join(title, lines.get(k));
                }
                if (!title.isEmpty()) {
                    return title;
                }
            }
        }
        String title = null;
        for (String line : lines) {
            if (isMasthead(line, symbol, language)) {
                if (title != null) {
                    return title;
                }
                continue;
            }
            title = title == null ? line : joiner.join(title, line);
        }
        return title;
    }

    private boolean isMasthead(String line, String symbol, String language) {
        String rest = line;
        Matcher symbolMatch = patterns.match("symbol", null, rest);
        if (symbolMatch != null) {
            rest = rest.replace(symbolMatch.group(), " ").strip();
        }
        if (rest.isEmpty() || patterns.matches("masthead", null, rest) || patterns.matches("furniture", null, rest)
                || line.contains("Distr.")) {
            return true;
        }
        if (line.length() <= MAX_MASTHEAD_LINE && (patterns.matches("session", language, line)
                || patterns.matches("agenda-item", language, line) || UnDates.first(line).isPresent())) {
            return true;
        }
        if (patterns.matches("resolution-number", null, line)) {
            return true;
        }
        return patterns.typeWords().values().stream().flatMap(List::stream).anyMatch(p -> p.matcher(line).matches());
    }

    private static String strip(String text) {
        return MARKDOWN_HEADING.matcher(text).replaceFirst("").strip();
    }
}
