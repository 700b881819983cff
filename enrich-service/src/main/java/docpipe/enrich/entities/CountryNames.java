package docpipe.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the six UN languages from CLDR, through the JDK's {@link Locale} display names,
 * keyed by ISO 3166-1 alpha-3.
 */
final class CountryNames {

    private static final List<Locale> UN_LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"));

    private final Map<String, Locale> byAlpha3 = new HashMap<>();

    CountryNames() {
        for (String alpha2 : Locale.getISOCountries()) {
            var locale = new Locale("", alpha2);
            byAlpha3.put(locale.getISO3Country(), locale);
        }
    }

    boolean knows(String alpha3) {
        return byAlpha3.containsKey(alpha3);
    }

    String englishName(String alpha3) {
        return byAlpha3.get(alpha3).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * Every CLDR name of the country in the UN languages; "Myanmar (Burma)" also yields "Myanmar". A
     * full-width bracket is kept: in 刚果（金） it is what tells the two Congos apart.
     */
    List<String> names(String alpha3) {
        var country = byAlpha3.get(alpha3);
        var names = new ArrayList<String>();
        for (var language : UN_LANGUAGES) {
            String name = country.getDisplayCountry(language);
            if (name.isBlank() || name.equals(country.getCountry())) {
                continue;
            }
            names.add(name);
            int bracket = name.indexOf('(');
            if (bracket > 0) {
                names.add(name.substring(0, bracket).trim());
            }
        }
        return names;
    }
}
