package docpipe.parse.structure;

import docpipe.events.DocumentType;
import docpipe.untext.UnLanguages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain knowledge of UN document structure, read from the TSV files under {@code structure/}:
 * line patterns, ordered heading labels, the opening words of preambular and operative paragraphs and
 * symbol types. Month names, dates and the languages' function words are un-text's. Immutable once loaded.
 */
final class StructurePatterns {

    static final String ANY = "*";

    private final Map<String, List<Entry>> patterns;
    private final Map<String, List<String>> sequences;
    private final Map<String, Pattern> preambularOpeners;
    private final Map<String, Pattern> operativeOpeners;
    private final Map<String, List<String>> stopWords;
    private final List<SymbolType> symbolTypes;

    /** A symbol pattern and the type it gives; {@code titleFirst}: the masthead's type words decide when present. */
    record SymbolType(Pattern pattern, DocumentType type, boolean titleFirst) {
    }

    private record Entry(String language, Pattern pattern, String raw) {
    }

    private StructurePatterns() {
        patterns = new LinkedHashMap<>();
        for (String[] row : rows("patterns.tsv", 3)) {
            patterns.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Entry(row[1], Pattern.compile(row[2]), row[2]));
        }
        sequences = new LinkedHashMap<>();
        for (String[] row : rows("sequences.tsv", 3)) {
            sequences.put(row[0] + "/" + row[1], List.of(row[2].trim().split("\\s+")));
        }
        preambularOpeners = openers("preambular-verbs.tsv");
        operativeOpeners = openers("operative-verbs.tsv");
        symbolTypes = new ArrayList<>();
        for (String[] row : rows("symbol-types.tsv", 3)) {
            symbolTypes.add(new SymbolType(Pattern.compile(row[0]), documentType(row[1], "symbol-types.tsv"),
                    row[2].strip().equals("title")));
        }
        typeWords = readTypeWords();
        stopWords = new LinkedHashMap<>();
        for (String language : UnLanguages.codes()) {
            stopWords.put(language, UnLanguages.functionWords(language));
        }
    }

    private static final class Holder {
        static final StructurePatterns INSTANCE = new StructurePatterns();
    }

    static StructurePatterns get() {
        return Holder.INSTANCE;
    }

    /** The patterns of that name for the language, language-specific ones first, then those for any language (only those when null). */
    List<Pattern> all(String name, String language) {
        // Asked for every line of every document: built once per name and language.
        return resolved.computeIfAbsent(name + "\u0000" + language, k -> resolve(name, language));
    }

    private final Map<String, List<Pattern>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Pattern> resolve(String name, String language) {
        List<Pattern> specific = new ArrayList<>();
        List<Pattern> general = new ArrayList<>();
        for (Entry e : patterns.getOrDefault(name, List.of())) {
            if (e.language().equals(ANY)) {
                general.add(e.pattern());
            } else if (e.language().equals(language)) {
                specific.add(e.pattern());
            }
        }
        specific.addAll(general);
        return List.copyOf(specific);
    }

    /** The masthead's type words ("Report of", "Note by"): the {@code type} rows of patterns.tsv, by their type. */
    Map<DocumentType, List<Pattern>> typeWords() {
        return typeWords;
    }

    private final Map<DocumentType, List<Pattern>> typeWords;

    private Map<DocumentType, List<Pattern>> readTypeWords() {
        Map<DocumentType, List<Pattern>> result = new LinkedHashMap<>();
        for (Entry e : patterns.getOrDefault("type", List.of())) {
            result.computeIfAbsent(documentType(e.language(), "patterns.tsv"), k -> new ArrayList<>()).add(e.pattern());
        }
        return result;
    }

    /** A type named in a data file; a name the contract does not know is a mistake in the file, not OTHER. */
    static DocumentType documentType(String name, String file) {
        String type = name.strip();
        for (DocumentType known : DocumentType.values()) {
            if (known.name().equals(type)) {
                return known;
            }
        }
        throw new IllegalStateException("structure/" + file + ": unknown document type '" + type + "', expected one of "
                + Arrays.toString(DocumentType.values()));
    }

    /** The first match of any pattern of that name, anchored as the pattern says, or null. */
    Matcher match(String name, String language, String line) {
        for (Pattern p : all(name, language)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The text of the first entry of that name as written, for entries that are templates rather than patterns. */
    String raw(String name) {
        return patterns.getOrDefault(name, List.of()).stream().map(Entry::raw).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in structure/patterns.tsv"));
    }

    boolean matches(String name, String language, String line) {
        return match(name, language, line) != null;
    }

    List<String> sequence(String name, String language) {
        return sequences.get(name + "/" + language);
    }

    /** The first symbol pattern found in the symbol, or null. */
    SymbolType symbolType(String symbol) {
        if (symbol == null) {
            return null;
        }
        return symbolTypes.stream().filter(t -> t.pattern().matcher(symbol).find()).findFirst().orElse(null);
    }

    /** The function words of the Latin-script languages (un-text's, the words it tells them apart by). */
    Map<String, List<String>> stopWords() {
        return stopWords;
    }

    /** Whether the text opens with one of the language's preambular words (any language when null). */
    boolean opensPreambular(String text, String language) {
        return opens(preambularOpeners, text, language);
    }

    boolean opensOperative(String text, String language) {
        return opens(operativeOpeners, text, language);
    }

    private static boolean opens(Map<String, Pattern> openers, String text, String language) {
        if (language != null && openers.containsKey(language)) {
            return openers.get(language).matcher(text).lookingAt();
        }
        return openers.values().stream().anyMatch(p -> p.matcher(text).lookingAt());
    }

    private static Map<String, Pattern> openers(String file) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String[] row : rows(file, 2)) {
            if (row[0].equals("prefix")) {
                String[] p = row[1].split("\t", 2);
                prefixes.put(p[0], p[1]);
            } else {
                words.put(row[0], row[1]);
            }
        }
        Map<String, Pattern> result = new LinkedHashMap<>();
        words.forEach((language, list) -> {
            String prefix = prefixes.containsKey(language) ? "(?:(?:" + quoteAll(prefixes.get(language)) + ")\\s*,?\\s*)?" : "";
            String boundary = language.equals("zh") ? "" : "(?![\\p{L}])";
            result.put(language, Pattern.compile("(?iu)" + prefix + "(?:" + quoteAll(list) + ")" + boundary));
        });
        return result;
    }

    private static String quoteAll(String barList) {
        List<String> quoted = new ArrayList<>();
        List<String> items = new ArrayList<>(List.of(barList.split("\\|")));
        items.sort((a, b) -> b.length() - a.length());
        for (String item : items) {
            quoted.add(Pattern.quote(item.trim()).replace(" ", "\\E\\s+\\Q"));
        }
        return String.join("|", quoted);
    }

    static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StructurePatterns.class.getResourceAsStream("/structure/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource structure/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", columns);
                if (row.length < columns) {
                    throw new IllegalStateException("structure/" + file + ": expected " + columns + " columns in: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
