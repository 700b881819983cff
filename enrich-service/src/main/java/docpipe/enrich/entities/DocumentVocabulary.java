package docpipe.enrich.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one document says about itself: its own symbol (a Human Rights Council document citing "resolution
 * 5/1" cites the Council's series) and the abbreviations it defines ({@code 联合国开发计划署(开发署)},
 * {@code Office of Counter-Terrorism (OCT)}), learned as the document is read. Not thread-safe: one
 * instance per document or per annotated text.
 */
public final class DocumentVocabulary {

    private final Map<String, Alias> learned = new LinkedHashMap<>();
    private final String ownSymbol;
    private DictionaryMatcher matcher;

    public DocumentVocabulary() {
        this(null);
    }

    /** The vocabulary of the document whose symbol is {@code ownSymbol} (null when it has none). */
    public DocumentVocabulary(String ownSymbol) {
        this.ownSymbol = ownSymbol;
    }

    public String ownSymbol() {
        return ownSymbol;
    }

    /** Learns a form; true when it was new. */
    boolean learn(String surface, GazetteerEntry entry) {
        if (learned.containsKey(surface)) {
            return false;
        }
        // A defined short form with capitals (OCT, UN-Women) is an acronym: it matches as written.
        boolean acronym = surface.codePoints().anyMatch(Character::isUpperCase);
        learned.put(surface, new Alias(surface, entry, acronym));
        matcher = null;
        return true;
    }

    DictionaryMatcher matcher() {
        if (matcher == null) {
            matcher = new DictionaryMatcher(List.copyOf(learned.values()));
        }
        return matcher;
    }

    public boolean isEmpty() {
        return learned.isEmpty();
    }
}
