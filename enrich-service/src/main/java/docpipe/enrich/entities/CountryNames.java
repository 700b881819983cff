package docpipe.enrich.entities;

import docpipe.enrich.text.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country names in the six UN languages from CLDR, keyed by ISO 3166-1 alpha-3, read from
 * {@code gazetteer/country-names.tsv} (generated from ICU4J's CLDR data by {@code CountryNamesFromCldrTest}),
 * so that every Java runtime finds the same names.
 */
final class CountryNames {

    private final Map<String, List<String>> byAlpha3 = new HashMap<>();
    private final Map<String, String> english = new HashMap<>();

    CountryNames() {
        for (String[] row : DataFile.rows("gazetteer/country-names.tsv")) {
            String alpha3 = row[0].strip();
            String name = row[2].strip();
            byAlpha3.computeIfAbsent(alpha3, k -> new ArrayList<>()).add(name);
            if (row[1].strip().equals("en")) {
                english.putIfAbsent(alpha3, name);
            }
        }
    }

    boolean knows(String alpha3) {
        return english.containsKey(alpha3);
    }

    String englishName(String alpha3) {
        return english.get(alpha3);
    }

    /**
     * Every CLDR name of the country in the UN languages; "Myanmar (Burma)" also yields "Myanmar". A
     * full-width bracket is kept: in 刚果（金） it is what tells the two Congos apart.
     */
    List<String> names(String alpha3) {
        var names = new ArrayList<String>();
        for (String name : byAlpha3.getOrDefault(alpha3, List.of())) {
            names.add(name);
            int bracket = name.indexOf('(');
            if (bracket > 0) {
                names.add(name.substring(0, bracket).trim());
            }
        }
        return names;
    }
}
