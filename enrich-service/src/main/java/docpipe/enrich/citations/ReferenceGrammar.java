package docpipe.enrich.citations;

import docpipe.enrich.text.DataFile;
import docpipe.enrich.text.RequiredWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The grammar of UN references, read from {@code patterns/references/} (see its README): how symbols are
 * printed in full, the keywords that cite a resolution or decision by number in six languages, the shapes of
 * those numbers, the bodies named next to them, and the symbol each body gives each shape.
 */
public final class ReferenceGrammar {

    static final String OTHER = "OTHER";
    private static final String DIR = "patterns/references/";

    /** A printed number shape; {@code defaultBody} is null when the shape implies none. */
    record Shape(String name, Pattern pattern, String defaultBody) {
        /** A shape without a number (a part letter alone) only continues the item before it. */
        boolean hasNumber() {
            return pattern.pattern().contains("(?<number>");
        }
    }

    /** A body named next to a keyword, in one language, at one place (before, between, after). */
    record BodyName(String body, String regex, Pattern pattern) {
        boolean isOther() {
            return OTHER.equals(body);
        }
    }

    /** One keyword of one language, with everything needed to read the list of numbers it introduces. */
    record Keyword(String language, String kind, Pattern citation, RequiredWords requires, boolean numbersFirst,
                   Pattern tail, Pattern range, List<BodyName> before, List<BodyName> between, List<BodyName> after) {
    }

    private final String version;
    private final Pattern printedSymbol;
    private final List<Shape> shapes;
    private final Map<String, String> templates;
    private final List<Implied> implied;
    private final List<Keyword> keywords;
    private final RequiredWords anyKeyword;

    private ReferenceGrammar(String version, Pattern printedSymbol, List<Shape> shapes, Map<String, String> templates,
                             List<Implied> implied, List<Keyword> keywords) {
        this.version = version;
        this.printedSymbol = printedSymbol;
        this.shapes = shapes;
        this.templates = templates;
        this.implied = implied;
        this.keywords = keywords;
        this.anyKeyword = RequiredWords.parse(keywords.stream().flatMap(k -> k.requires().words().stream())
                .collect(Collectors.joining("|")));
    }

    public static ReferenceGrammar fromClasspath() {
        var series = DataFile.rows(DIR + "symbol-series.tsv").stream().map(r -> Pattern.quote(r[0].strip()))
                .collect(Collectors.joining("|"));
        // A symbol in a link (docs.un.org/zh/A/RES/76/270) or inside a word is not a reference.
        // A part may carry a budget section or volume when the symbol goes on after it: A/78/6 (Sect. 3)/Add.1.
        String symbol = "(?:" + series + ")(?:/[A-Za-z0-9.\\-]*[A-Za-z0-9](?:\\s?\\((?:Sect|Part|Vol)\\.\\s?[\\dIVXL]{1,3}\\)(?=/))?)+";
        // A joint symbol (A/79/620-S/2024/841) may be broken after its hyphen at the end of a line. Matched
        // atomically, so that a placeholder (A/C.5/80/___, A/80/7/Add.__) is no symbol rather than a shorter one.
        // The lookahead first: most places in a text fail it at their first character, before the 27 series are tried.
        var printed = Pattern.compile("(?=[A-Z]{1,5}/)(?<![\\p{L}\\p{N}/.\\-])(?>" + symbol + "(?:-\\s+" + symbol + ")*"
                + "(?:\\s?[(（](?:(?:19|20)\\d{2}|E?S-[IVXL]{1,7}|[IVXL]{1,7})[)）])?)(?![._/]*_)");

        var shapes = new ArrayList<Shape>();
        for (String[] row : DataFile.rows(DIR + "shapes.tsv")) {
            String body = row[2].strip();
            shapes.add(new Shape(row[0].strip(), Pattern.compile(row[1]), body.equals("-") ? null : body));
        }
        var templates = new HashMap<String, String>();
        for (String[] row : DataFile.rows(DIR + "series.tsv")) {
            templates.put(key(row[0].strip(), row[1].strip(), row[2].strip()), row[3].strip());
        }
        var implied = new ArrayList<Implied>();
        for (String[] row : DataFile.rows(DIR + "implied-bodies.tsv")) {
            var shapeNames = row.length > 2 && !row[2].isBlank() ? List.of(row[2].strip().split("\\|")) : List.<String>of();
            implied.add(new Implied(Pattern.compile(row[0]), row[1].strip(), shapeNames));
        }
        return new ReferenceGrammar(DataFile.firstLine(DIR + "VERSION"), printed, List.copyOf(shapes),
                Map.copyOf(templates), List.copyOf(implied), keywords(shapes));
    }

    private static List<Keyword> keywords(List<Shape> shapes) {
        var lists = new HashMap<String, String[]>();
        DataFile.rows(DIR + "lists.tsv").forEach(r -> lists.put(r[0].strip(), r));
        var bodies = DataFile.rows(DIR + "bodies.tsv");
        // Any shape but a lone part letter can start a list; a lone letter only continues one.
        String item = shapes.stream().filter(Shape::hasNumber)
                .map(s -> s.pattern().pattern().replaceAll("\\(\\?<[a-zA-Z]+>", "(?:")).collect(Collectors.joining("|"));
        String anyItem = shapes.stream().map(s -> s.pattern().pattern().replaceAll("\\(\\?<[a-zA-Z]+>", "(?:"))
                .collect(Collectors.joining("|"));
        var keywords = new ArrayList<Keyword>();
        for (String[] row : DataFile.rows(DIR + "keywords.tsv")) {
            String language = row[0].strip();
            String[] list = lists.get(language);
            String separator = list[1];
            String tail = list.length > 2 && !list[2].isBlank() ? list[2] : null;
            String bridge = list.length > 3 ? list[3] : "";
            String range = list.length > 4 && !list[4].isBlank() ? list[4] : null;
            if (range != null) {
                separator = separator + "|" + range;
            }
            boolean numbersFirst = row[3].strip().equals("after");
            String prefix = row[4];
            String suffix = row[5];
            String tailPart = tail == null ? "" : "(?:" + tail + ")?";
            String first = prefix + "(?:" + item + ")" + suffix + tailPart;
            String next = "(?:" + prefix.replace("\\s*", "") + ")?\\s*(?:" + anyItem + ")" + suffix + tailPart;
            String list1 = "(?<list>" + first + "(?:(?:" + separator + ")" + next + ")*)";
            var between = bodyNames(bodies, language, "between", "");
            String betweenPart = between.isEmpty() ? "" : "(?:\\s*(?<between>" + alternation(between) + "))?";
            String citation = numbersFirst
                    ? list1 + "\\s*(?<keyword>" + row[2] + ")"
                    : "(?<![\\p{L}])(?<keyword>" + row[2] + ")" + betweenPart + "\\s*(?:No\\.?\\s*|n[°º]\\s*|№\\s*)?" + list1;
            keywords.add(new Keyword(language, row[1].strip(), Pattern.compile(citation),
                    RequiredWords.parse(row.length > 6 ? row[6] : ""), numbersFirst,
                    tail == null ? null : Pattern.compile(tail), range == null ? null : Pattern.compile(range),
                    bodyNames(bodies, language, "before", bridge), between, bodyNames(bodies, language, "after", "")));
        }
        return List.copyOf(keywords);
    }

    private static List<BodyName> bodyNames(List<String[]> rows, String language, String place, String bridge) {
        var names = new ArrayList<BodyName>();
        for (String[] row : rows) {
            if (row[1].strip().equals(language) && row[2].strip().equals(place)) {
                String regex = switch (place) {
                    case "before" -> "(?:" + row[3] + ")" + (bridge.isEmpty() ? "" : "(?:" + bridge + ")?") + "\\s*\\z";
                    default -> "\\s*,?\\s*(?:" + row[3] + ")";
                };
                names.add(new BodyName(row[0].strip(), row[3], Pattern.compile(regex)));
            }
        }
        return List.copyOf(names);
    }

    private static String alternation(List<BodyName> names) {
        return names.stream().map(BodyName::regex).collect(Collectors.joining("|"));
    }

    private static String key(String body, String kind, String shape) {
        return body + "\t" + kind + "\t" + shape;
    }

    public String version() {
        return version;
    }

    Pattern printedSymbol() {
        return printedSymbol;
    }

    List<Shape> shapes() {
        return shapes;
    }

    List<Keyword> keywords() {
        return keywords;
    }

    /** The words of every keyword: a text with none of them cites nothing by number. */
    RequiredWords anyKeyword() {
        return anyKeyword;
    }

    /** The symbol template of a body's {@code kind} for a shape, or null when the body has none. */
    String template(String body, String kind, String shape) {
        return body == null ? null : templates.get(key(body, kind, shape));
    }

    /** A body a citing document's symbol implies, for some shapes only or (empty) for all. */
    record Implied(Pattern symbol, String body, List<String> shapes) {
    }

    /** The rows of implied-bodies.tsv whose symbol pattern the citing document's own symbol matches, in order. */
    List<Implied> impliedBodies(String ownSymbol) {
        return ownSymbol == null ? List.of() : implied.stream().filter(i -> i.symbol().matcher(ownSymbol).find()).toList();
    }

    /** The symbol template the citing document implies for a shape, or null. */
    String impliedTemplate(List<Implied> implied, String kind, String shape) {
        for (Implied row : implied) {
            if (row.shapes().isEmpty() || row.shapes().contains(shape)) {
                String template = template(row.body(), kind, shape);
                if (template != null) {
                    return template;
                }
            }
        }
        return null;
    }
}
