package docpipe.query.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of a request, checked against the names an endpoint accepts, with typed reads
 * that turn a malformed value into a {@link BadRequestException} naming the parameter.
 */
public final class QueryParameters {

    private final Map<String, String[]> values;

    private QueryParameters(Map<String, String[]> values) {
        this.values = values;
    }

    /** Rejects any parameter not in {@code allowed}, so a misspelt filter is never silently ignored. */
    public static QueryParameters of(Map<String, String[]> values, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new BadRequestException("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; this endpoint accepts " + String.join(", ", new TreeSet<>(allowed)));
        }
        return new QueryParameters(values);
    }

    /** Every non-blank value given for {@code name}. */
    public List<String> all(String name) {
        String[] given = values.get(name);
        return given == null ? List.of() : Arrays.stream(given).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public String single(String name) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new BadRequestException(name + " may be given only once");
        }
        return given.isEmpty() ? null : given.get(0);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = single(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    public LocalDate date(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO 8601 date such as 2025-07-25, not '" + value + "'");
        }
    }
}
