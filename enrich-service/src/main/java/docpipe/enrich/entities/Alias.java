package docpipe.enrich.entities;

import java.util.regex.Pattern;

/**
 * One written form of an entry. A form in Latin capitals only ({@code WHO}, {@code IPU}) matches
 * case-sensitively, so the English word "who" is not the World Health Organization. A null entry
 * marks a stop phrase: it wins the overlap and is then dropped.
 */
record Alias(String surface, GazetteerEntry entry, boolean caseSensitive) {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9\\-]*[A-Z0-9]");

    static Alias of(String surface, GazetteerEntry entry) {
        return new Alias(surface, entry, ACRONYM.matcher(surface).matches());
    }

    static Alias stopPhrase(String surface) {
        return new Alias(surface, null, false);
    }

    boolean isStopPhrase() {
        return entry == null;
    }
}
