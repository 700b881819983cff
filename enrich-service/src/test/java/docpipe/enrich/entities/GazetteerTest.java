package docpipe.enrich.entities;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import docpipe.enrich.text.TextNormalizer;
import docpipe.events.EntityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.fromClasspath();

    @Test
    void knowsAllMemberStatesAndObserversByAlpha3() {
        var countries = gazetteer.aliases().stream().map(Alias::entry).filter(Objects::nonNull)
                .filter(e -> e.type() == EntityType.COUNTRY).map(GazetteerEntry::id).distinct().toList();

        assertThat(countries).hasSize(195).contains("country:PER", "country:BOL", "country:VAT", "country:PSE");
    }

    @Test
    void takesCountryNamesInTheSixLanguagesFromCldr() {
        var perNames = gazetteer.aliases().stream()
                .filter(a -> a.entry() != null && a.entry().id().equals("country:PER")).map(Alias::surface).toList();

        assertThat(perNames).contains("Peru", "秘鲁", "Pérou", "Perú", "Перу", "بيرو");
    }

    @Test
    void readsTheEntityTypesOfTheDataFilesAsTheContractsTypes() {
        assertThat(gazetteer.aliases().stream().map(Alias::entry).filter(Objects::nonNull)
                .filter(e -> e.id().startsWith("org:")).map(GazetteerEntry::type).distinct())
                .containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void refusesAnEntityTypeTheContractDoesNotKnowNamingTheFile() {
        assertThat(Gazetteer.entityType(" PLACE ", "gazetteer/places.tsv")).isEqualTo(EntityType.PLACE);
        assertThatThrownBy(() -> Gazetteer.entityType("ORGANISATION", "gazetteer/organizations.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gazetteer/organizations.tsv: unknown entity type 'ORGANISATION'");
    }

    @Test
    void carriesAVersion() {
        assertThat(gazetteer.version()).startsWith("gazetteer-");
    }

    @Test
    void noWrittenFormStandsForTwoEntities() {
        Map<String, String> idByForm = new HashMap<>();
        Map<String, String> clashes = new TreeMap<>();
        for (Alias alias : gazetteer.aliases()) {
            if (alias.isStopPhrase()) {
                continue;
            }
            String form = TextNormalizer.fold(alias.surface()) + (alias.caseSensitive() ? " (case)" : "");
            String previous = idByForm.putIfAbsent(form, alias.entry().id());
            if (previous != null && !previous.equals(alias.entry().id())) {
                clashes.put(alias.surface(), previous + " / " + alias.entry().id());
            }
        }
        assertThat(clashes).isEmpty();
    }
}
