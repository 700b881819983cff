package docpipe.enrich.entities;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import docpipe.enrich.text.DataFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gazetteer/country-names.tsv} is CLDR's, as ICU4J (the version the root pom pins) gives it, for exactly the
 * States of {@code gazetteer/countries.tsv}. Regenerate after an ICU4J upgrade or a change to countries.tsv:
 * {@code mvn -q -pl enrich-service -am test -Dtest=CountryNamesFromCldrTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcldr.regenerate=true} (writes the file in the source tree, then checks it).
 */
class CountryNamesFromCldrTest {

    private static final List<String> LANGUAGES = List.of("en", "zh", "fr", "es", "ru", "ar");
    private static final Path FILE = Path.of("src/main/resources/gazetteer/country-names.tsv");

    @Test
    void theCountryNamesFileIsWhatCldrSays() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("cldr.regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(String.join("\n", DataFile.lines("gazetteer/country-names.tsv")).strip())
                .as("country-names.tsv is stale: regenerate it (see this test's comment)")
                .isEqualTo(generated.strip());
    }

    @Test
    void everyStateHasANameInEachOfTheSixLanguages() {
        Map<String, List<String>> languagesByCode = new HashMap<>();
        for (String[] row : DataFile.rows("gazetteer/country-names.tsv")) {
            languagesByCode.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        for (String code : codes()) {
            assertThat(languagesByCode.get(code)).as(code).containsAll(LANGUAGES);
        }
        assertThat(languagesByCode.keySet()).containsExactlyInAnyOrderElementsOf(codes());
    }

    private static List<String> codes() {
        return DataFile.rows("gazetteer/countries.tsv").stream().map(r -> r[0].strip()).toList();
    }

    /** Every State's CLDR name in the six languages, standard and short form when they differ (Myanmar (Burma)). */
    static String generate() {
        Map<String, String> alpha2ByAlpha3 = new HashMap<>();
        for (String alpha2 : ULocale.getISOCountries()) {
            alpha2ByAlpha3.put(new ULocale("und_" + alpha2).getISO3Country(), alpha2);
        }
        var out = new StringBuilder();
        out.append("# Country names in the six UN languages from CLDR ").append(cldrVersion()).append(" (ICU4J ")
                .append(VersionInfo.ICU_VERSION).append("), generated: do not edit by hand.\n")
                .append("# Regenerate: mvn -q -pl enrich-service -am test -Dtest=CountryNamesFromCldrTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dcldr.regenerate=true\n")
                .append("# Columns: ISO 3166-1 alpha-3 (the States of countries.tsv) <TAB> language <TAB> name (the standard name")
                .append(" first, then CLDR's short form when it differs).\n");
        for (String alpha3 : codes()) {
            String alpha2 = alpha2ByAlpha3.get(alpha3);
            if (alpha2 == null) {
                throw new IllegalStateException("countries.tsv: " + alpha3 + " is no ISO 3166-1 code CLDR knows");
            }
            for (String language : LANGUAGES) {
                var names = new LinkedHashSet<String>();
                for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
                    String name = LocaleDisplayNames.getInstance(new ULocale(language), length).regionDisplayName(alpha2);
                    // A Latin all-capital short form (US, UK) would be a bare acronym: the formal names cover those States.
                    if (name != null && !name.equals(alpha2) && !name.matches("[A-Z]{2,3}")) {
                        names.add(name);
                    }
                }
                names.forEach(n -> out.append(alpha3).append('\t').append(language).append('\t').append(n).append('\n'));
            }
        }
        return out.toString();
    }

    private static String cldrVersion() {
        return com.ibm.icu.util.LocaleData.getCLDRVersion().getVersionString(1, 2);
    }
}
