package docpipe.enrich.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import docpipe.enrich.text.NormalizedText;
import docpipe.enrich.text.TextNormalizer;
import docpipe.events.EntityType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every written form of a set of aliases in a text with one Aho-Corasick automaton over the folded
 * forms. A match must not start or end inside a Latin-script word; an acronym must match its case.
 * Immutable once built, so safe to share between threads.
 */
final class DictionaryMatcher {

    private final AhoCorasickDoubleArrayTrie<Alias> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    DictionaryMatcher(Collection<Alias> aliases) {
        var byForm = new TreeMap<String, Alias>();
        for (Alias alias : aliases) {
            String form = TextNormalizer.fold(alias.surface());
            if (form.isEmpty()) {
                continue;
            }
            // The first alias of a form wins: data files list the more specific meaning first.
            byForm.putIfAbsent(form, alias);
        }
        empty = byForm.isEmpty();
        if (!empty) {
            automaton.build(byForm);
        }
    }

    List<Candidate> find(NormalizedText text) {
        var found = new ArrayList<Candidate>();
        if (empty) {
            return found;
        }
        String folded = text.folded();
        automaton.parseText(folded, (begin, end, alias) -> {
            if (!atWordBoundary(folded, begin, end)) {
                return;
            }
            if (alias.caseSensitive() && !text.cased().startsWith(alias.surface(), begin)) {
                return;
            }
            int start = text.originalStart(begin);
            int stop = text.originalEnd(end);
            var entry = alias.entry();
            found.add(entry == null
                    ? new Candidate(start, stop, null, (EntityType) null, null, alias.surface())
                    : new Candidate(start, stop, entry.id(), entry.type(), entry.name(), alias.surface()));
        });
        return found;
    }

    private static boolean atWordBoundary(String folded, int begin, int end) {
        boolean startsWord = TextNormalizer.isWordChar(folded.charAt(begin));
        boolean endsWord = TextNormalizer.isWordChar(folded.charAt(end - 1));
        if (startsWord && begin > 0 && TextNormalizer.isWordChar(folded.charAt(begin - 1))) {
            return false;
        }
        return !(endsWord && end < folded.length() && TextNormalizer.isWordChar(folded.charAt(end)));
    }
}
