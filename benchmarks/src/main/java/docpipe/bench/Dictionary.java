package docpipe.bench;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import docpipe.enrich.text.DataFile;
import docpipe.enrich.text.TextNormalizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The enrich stage's floor: one Aho-Corasick automaton (HanLP's double-array trie, the one the enrich service
 * uses) over every written form the service's data files know (gazetteer entries and aliases, CLDR country
 * names in the six UN languages, ambiguous forms, stop phrases, taxonomy terms), folded the way the service
 * folds them. Scanning a text with it is the least work any dictionary tagger of these files has to do.
 */
final class Dictionary {

    private static final List<String> ENTRY_FILES = List.of("gazetteer/organizations.tsv", "gazetteer/instruments.tsv",
            "gazetteer/events.tsv", "gazetteer/places.tsv");
    private static final List<Locale> UN_LANGUAGES = List.of(Locale.CHINESE, Locale.ENGLISH, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"));

    private final AhoCorasickDoubleArrayTrie<String> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    Dictionary() {
        TreeMap<String, String> forms = new TreeMap<>();
        for (String file : ENTRY_FILES) {
            for (String[] row : DataFile.rows(file)) {
                add(forms, row.length > 2 ? row[2] : null);
                addAll(forms, row.length > 3 ? row[3] : null);
            }
        }
        Map<String, String> alpha3ToAlpha2 = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            alpha3ToAlpha2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        for (String[] row : DataFile.rows("gazetteer/countries.tsv")) {
            String alpha2 = alpha3ToAlpha2.get(row[0].trim());
            if (alpha2 != null) {
                Locale country = new Locale("", alpha2);
                UN_LANGUAGES.forEach(language -> add(forms, country.getDisplayCountry(language)));
            }
            addAll(forms, row.length > 2 ? row[2] : null);
        }
        for (String[] row : DataFile.rows("gazetteer/ambiguous.tsv")) {
            add(forms, row[0]);
        }
        for (String[] row : DataFile.rows("gazetteer/stop-phrases.tsv")) {
            add(forms, row[0]);
        }
        for (String[] row : DataFile.rows("taxonomy/themes.tsv")) {
            addAll(forms, row.length > 3 ? row[3] : null);
        }
        automaton.build(forms);
        size = forms.size();
    }

    private static void addAll(Map<String, String> forms, String aliases) {
        if (aliases != null) {
            for (String alias : aliases.split("\\|")) {
                add(forms, alias);
            }
        }
    }

    private static void add(Map<String, String> forms, String surface) {
        if (surface == null || surface.isBlank() || surface.startsWith("@")) {
            return;
        }
        String s = surface.trim();
        if (s.endsWith("*")) {
            s = s.substring(0, s.length() - 1);
        }
        String folded = TextNormalizer.fold(s);
        if (!folded.isEmpty()) {
            forms.putIfAbsent(folded, s);
        }
    }

    int size() {
        return size;
    }

    /** Matches in an already folded text. */
    int scan(String folded) {
        int[] hits = new int[1];
        automaton.parseText(folded, (begin, end, value) -> hits[0]++);
        return hits[0];
    }

    /** Folding (the service's normaliser) and then the scan. */
    int normalizeAndScan(String text) {
        return scan(TextNormalizer.normalize(text).folded());
    }
}
