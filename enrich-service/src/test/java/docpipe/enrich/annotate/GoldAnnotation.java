package docpipe.enrich.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** The hand annotation of a corpus document ({@code src/test/resources/gold}): the entity ids it mentions. */
record GoldAnnotation(Set<String> ids) {

    /** The entity types the hand annotation covers; places, events, dates and percentages are left out. */
    static boolean inScope(String id) {
        return id.startsWith("org:") || id.startsWith("country:") || id.startsWith("instrument:") || id.startsWith("doc:");
    }

    static GoldAnnotation of(String document) {
        try (var in = GoldAnnotation.class.getResourceAsStream("/gold/" + document + ".tsv")) {
            var ids = new LinkedHashSet<String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.split("\t")[0].strip());
                }
            }
            return new GoldAnnotation(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Precision and recall of a set of found ids (in scope) against this annotation. */
    Score score(Set<String> found) {
        var inScope = new TreeSet<String>();
        found.stream().filter(GoldAnnotation::inScope).forEach(inScope::add);
        var truePositives = new TreeSet<>(inScope);
        truePositives.retainAll(ids);
        var missed = new TreeSet<>(ids);
        missed.removeAll(inScope);
        var spurious = new TreeSet<>(inScope);
        spurious.removeAll(ids);
        return new Score(truePositives.size(), inScope.size(), ids.size(), missed, spurious);
    }

    record Score(int truePositives, int found, int expected, Set<String> missed, Set<String> spurious) {
        double precision() {
            return found == 0 ? 0 : (double) truePositives / found;
        }

        double recall() {
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        @Override
        public String toString() {
            return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d); missed %s; spurious %s",
                    precision(), truePositives, found, recall(), truePositives, expected, missed, spurious);
        }
    }
}
