package docpipe.enrich.entities;

import docpipe.enrich.text.DataFile;
import docpipe.enrich.text.NormalizedText;
import docpipe.enrich.text.RequiredWords;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds UN document symbols in every written form ({@code A/RES/76/270}, {@code 第76/270号决议},
 * {@code resolution 76/270}, {@code S/RES/1244 (1999)}) with the patterns of
 * {@code gazetteer/document-symbols.tsv}, and gives each its normalised symbol as {@code doc:} id.
 */
final class SymbolRecognizer {

    private record SymbolPattern(Pattern pattern, String template, Pattern item, RequiredWords requires) {
    }

    private final List<SymbolPattern> patterns = new ArrayList<>();

    SymbolRecognizer() {
        for (String[] row : DataFile.rows("gazetteer/document-symbols.tsv")) {
            var item = row.length > 3 && !row[3].isBlank() ? Pattern.compile(row[3]) : null;
            var requires = RequiredWords.parse(row.length > 4 ? row[4] : "");
            patterns.add(new SymbolPattern(Pattern.compile(row[1]), row[2], item, requires));
        }
    }

    List<Candidate> find(NormalizedText normalized) {
        String text = normalized.original();
        var found = new ArrayList<Candidate>();
        for (var symbolPattern : patterns) {
            if (!symbolPattern.requires().foundIn(normalized)) {
                continue;
            }
            Matcher m = symbolPattern.pattern().matcher(text);
            while (m.find()) {
                if (symbolPattern.item() == null) {
                    found.add(candidate(m.start(), m.end(), expand(symbolPattern.template(), m)));
                    continue;
                }
                Matcher item = symbolPattern.item().matcher(text).region(m.start(), m.end());
                boolean first = true;
                while (item.find()) {
                    // The first item's span takes the word "resolutions" with it, as a single mention would.
                    int start = first ? m.start() : item.start();
                    found.add(candidate(start, item.end(), expand(symbolPattern.template(), item)));
                    first = false;
                }
            }
        }
        return found;
    }

    private static Candidate candidate(int start, int end, String symbol) {
        String normalised = symbol.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
        return new Candidate(start, end, "doc:" + normalised, "DOCUMENT", normalised, null);
    }

    private static String expand(String template, Matcher m) {
        if (template.equals("$0")) {
            return m.group();
        }
        var out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                out.append(m.group(template.charAt(++i) - '0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
