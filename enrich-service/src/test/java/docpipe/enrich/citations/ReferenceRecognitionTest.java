package docpipe.enrich.citations;

import docpipe.enrich.entities.DocumentVocabulary;
import docpipe.enrich.entities.EntityRecognizer;
import docpipe.enrich.entities.Gazetteer;
import docpipe.untext.UnSymbols;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the references found in real UN documents of the corpus (en, fr, es, zh), against
 * every reference read by hand from them ({@code references/gold.tsv}), per kind of reference. A reference is a
 * distinct cited document per citing document; it goes through the production path (entities, then
 * {@link Citations}). The figures are printed and recorded in BENCHMARKS.md; the floors below make the test fail
 * when a change loses them.
 */
class ReferenceRecognitionTest {

    private static final double PRECISION_FLOOR = 0.95;
    private static final double RECALL_FLOOR = 0.90;
    private static final double PER_KIND_FLOOR = 0.85;

    /** Page furniture the parse service removes: job numbers with page counters ("18-18418 2/2", "GE.25-02819"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:\\d+/\\d+\\s+)?(?:GE\\.)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d+/\\d+)?$|^\\*\\d+\\*$");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}，。、：；（）]");

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new EntityRecognizer(Gazetteer.fromClasspath());
    }

    private record Counts(int truePositives, int falsePositives, int falseNegatives) {
        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    @Test
    void findsTheReferencesPrintedInTheDevelopmentDocuments() {
        assertFloors(measure("references/documents.tsv", "references/gold.tsv"), PRECISION_FLOOR, RECALL_FLOOR);
    }

    /** The documents no change to the grammar was made for: the bar we are measured against on unseen ones. */
    @Test
    void findsTheReferencesPrintedInTheHeldOutDocuments() {
        assertFloors(measure("references/held-out-documents.tsv", "references/held-out-gold.tsv"), 0.90, 0.90);
    }

    @Test
    void findsTheReferencesPrintedInTheSecondHeldOutDocuments() {
        assertFloors(measure("references/held-out-2-documents.tsv", "references/held-out-2-gold.tsv"), 0.90, 0.90);
    }

    private record Measure(Map<String, Counts> byKind, Counts total, List<String> errors) {
    }

    private static Measure measure(String documentsFile, String goldFile) {
        var gold = new LinkedHashMap<String, Map<String, String>>();
        for (String[] row : rows(goldFile)) {
            var kinds = gold.computeIfAbsent(row[0], k -> new LinkedHashMap<>());
            if (!row[2].equals("-")) {
                kinds.put(row[2], row[3]);
            }
        }
        var byKind = new TreeMap<String, Counts>();
        var errors = new ArrayList<String>();
        int documents = 0;
        for (String[] doc : rows(documentsFile)) {
            documents++;
            var expected = gold.getOrDefault(doc[0], Map.of());
            Set<String> found = new HashSet<>(references(doc[0], doc[1]));
            for (var entry : expected.entrySet()) {
                boolean hit = found.contains(entry.getKey());
                byKind.merge(entry.getValue(), new Counts(hit ? 1 : 0, 0, hit ? 0 : 1), Counts::plus);
                if (!hit) {
                    errors.add(doc[0] + " missed " + entry.getKey());
                }
            }
            for (String symbol : found) {
                if (!expected.containsKey(symbol)) {
                    byKind.merge(kindOf(symbol), new Counts(0, 1, 0), Counts::plus);
                    errors.add(doc[0] + " wrongly found " + symbol);
                }
            }
        }
        var total = byKind.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        System.out.printf("%s: references in %d documents%n| kind | gold | found right | wrong | missed | precision | recall |%n",
                goldFile, documents);
        byKind.forEach(ReferenceRecognitionTest::print);
        print("all", total);
        errors.forEach(System.out::println);
        return new Measure(byKind, total, errors);
    }

    private static void assertFloors(Measure m, double precisionFloor, double recallFloor) {
        assertThat(m.total().precision()).as("precision; errors: %s", m.errors()).isGreaterThanOrEqualTo(precisionFloor);
        assertThat(m.total().recall()).as("recall; errors: %s", m.errors()).isGreaterThanOrEqualTo(recallFloor);
        m.byKind().forEach((kind, c) -> {
            if (c.truePositives() + c.falseNegatives() >= 5) {
                assertThat(c.precision()).as("precision of %s; errors: %s", kind, m.errors())
                        .isGreaterThanOrEqualTo(PER_KIND_FLOOR);
                assertThat(c.recall()).as("recall of %s; errors: %s", kind, m.errors())
                        .isGreaterThanOrEqualTo(PER_KIND_FLOOR);
            }
        });
    }

    private static void print(String kind, Counts c) {
        System.out.printf("| %s | %d | %d | %d | %d | %.3f | %.3f |%n", kind, c.truePositives() + c.falseNegatives(),
                c.truePositives(), c.falsePositives(), c.falseNegatives(), c.precision(), c.recall());
    }

    /** The references of one document, the way the service finds them: entities, then citations. */
    private static List<String> references(String file, String ownSymbol) {
        String text = joinLines(read("corpus/" + file), UnSymbols.normalize(ownSymbol));
        var mentions = recognizer.recognize(text, new DocumentVocabulary(ownSymbol));
        return Citations.references(List.of(mentions), ownSymbol);
    }

    /** Joins the text's lines as the parse service would, without page furniture (CJK lines without a space). */
    private static String joinLines(String text, String ownSymbol) {
        var out = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || FURNITURE.matcher(line).matches() || ownSymbol.equals(UnSymbols.normalize(line))) {
                continue;
            }
            boolean cjk = !out.isEmpty() && CJK.matcher(out.substring(out.length() - 1)).matches()
                    || CJK.matcher(line.substring(0, 1)).matches();
            if (!out.isEmpty() && !cjk) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** The kind of a symbol found that the gold set does not have, from its series. */
    private static String kindOf(String symbol) {
        if (symbol.startsWith("A/HRC/RES/")) {
            return "hrc-resolution";
        } else if (symbol.startsWith("A/HRC/DEC/")) {
            return "hrc-decision";
        } else if (symbol.startsWith("S/RES/")) {
            return "sc-resolution";
        } else if (symbol.startsWith("A/RES/") && (symbol.contains("(") || symbol.contains("S-"))) {
            return "session-resolution";
        } else if (symbol.startsWith("A/RES/")) {
            return "ga-resolution";
        } else if (symbol.startsWith("A/DEC/")) {
            return "ga-decision";
        } else if (symbol.startsWith("E/RES/") || symbol.startsWith("E/DEC/")) {
            return "ecosoc";
        }
        return "printed-symbol";
    }

    private static List<String[]> rows(String resource) {
        var rows = new ArrayList<String[]>();
        for (String line : read(resource).split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static String read(String resource) {
        try (var in = ReferenceRecognitionTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
