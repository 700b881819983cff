package docpipe.enrich.entities;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A short form whose entity depends on context ({@code 大会}, {@code 秘书长}), one row of
 * {@code gazetteer/ambiguous.tsv}.
 *
 * @param defaultId  the entity when the rule does not apply; {@value #NONE} for no mention at all
 * @param resolvedId the entity when it applies; {@value #SAME_AS_TRIGGER} for the trigger's own entity
 * @param rule    {@code anaphora}: refers back to the latest earlier mention of a trigger in the text;
 *                {@code owner}: belongs to a trigger mentioned just before it, with only {@code gap} between
 */
record AmbiguousForm(String form, String defaultId, String rule, Set<String> triggers, String resolvedId, Pattern gap) {

    static final String NONE = "-";
    static final String SAME_AS_TRIGGER = "=";

    boolean hasDefault() {
        return !defaultId.equals(NONE);
    }

    static AmbiguousForm of(String[] row) {
        var triggers = Arrays.stream(row[3].split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        String gap = row.length > 5 ? row[5] : "";
        return new AmbiguousForm(row[0].trim(), row[1].trim(), row[2].trim(), triggers, row[4].trim(),
                Pattern.compile(gap.isBlank() ? "\\s*" : gap));
    }
}
