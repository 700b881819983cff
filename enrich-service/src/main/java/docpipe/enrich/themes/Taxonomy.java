package docpipe.enrich.themes;

import docpipe.enrich.text.DataFile;
import docpipe.enrich.text.RequiredWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The versioned theme taxonomy of {@code taxonomy/}: the terms of each theme with their weights, and the
 * rules that recognise an SDG named outright (goals are otherwise assigned by the learned {@link SdgModel}).
 */
public final class Taxonomy {

    /** A rule of {@code sdg-mentions.tsv}: a pattern, the goal it names ("$1" = its first group), its pre-check. */
    record GoalMention(Pattern pattern, String goal, RequiredWords requires) {
    }

    private final String version;
    private final List<Term> terms;
    private final List<GoalMention> goalMentions;
    private final Set<String> themeIds;

    Taxonomy(String version, List<Term> terms, List<GoalMention> goalMentions) {
        this.version = version;
        this.terms = List.copyOf(terms);
        this.goalMentions = List.copyOf(goalMentions);
        var ids = new LinkedHashSet<String>();
        terms.stream().filter(t -> t.topic().kind() == Topic.Kind.THEME).forEach(t -> ids.add(t.topic().id()));
        this.themeIds = Set.copyOf(ids);
    }

    public static Taxonomy fromClasspath() {
        var terms = new ArrayList<Term>();
        for (String[] row : DataFile.rows("taxonomy/themes.tsv")) {
            addTerms(terms, Topic.theme(row[0].trim()), row);
        }
        var mentions = new ArrayList<GoalMention>();
        for (String[] row : DataFile.rows("taxonomy/sdg-mentions.tsv")) {
            mentions.add(new GoalMention(Pattern.compile(row[0]), row[1].trim(),
                    RequiredWords.parse(row.length > 2 ? row[2] : "")));
        }
        return new Taxonomy(DataFile.firstLine("taxonomy/VERSION"), terms, mentions);
    }

    public String version() {
        return version;
    }

    /** The theme ids the taxonomy defines. */
    public Set<String> themeIds() {
        return themeIds;
    }

    List<Term> terms() {
        return terms;
    }

    List<GoalMention> goalMentions() {
        return goalMentions;
    }

    private static void addTerms(List<Term> terms, Topic topic, String[] row) {
        String language = row[1].trim();
        double weight = Double.parseDouble(row[2].trim());
        for (String written : row[3].split("\\|")) {
            if (!written.isBlank()) {
                terms.add(Term.parse(topic, language, weight, written.trim()));
            }
        }
    }
}
