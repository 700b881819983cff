package docpipe.enrich.entities;

import docpipe.enrich.text.DataFile;
import docpipe.events.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every written form of every entity the service knows, read from the data files under
 * {@code gazetteer/}, plus country names from CLDR.
 */
public final class Gazetteer {

    private static final List<String> ENTRY_FILES = List.of("gazetteer/organizations.tsv", "gazetteer/instruments.tsv",
            "gazetteer/events.tsv", "gazetteer/places.tsv");

    private final String version;
    private final List<Alias> aliases;
    private final List<AmbiguousForm> ambiguousForms;
    private final Map<String, GazetteerEntry> entries = new HashMap<>();

    Gazetteer(String version, List<Alias> aliases, List<AmbiguousForm> ambiguousForms) {
        this.version = version;
        this.aliases = List.copyOf(aliases);
        this.ambiguousForms = List.copyOf(ambiguousForms);
        aliases.stream().filter(a -> !a.isStopPhrase()).forEach(a -> entries.putIfAbsent(a.entry().id(), a.entry()));
    }

    public static Gazetteer fromClasspath() {
        var aliases = new ArrayList<Alias>();
        ENTRY_FILES.forEach(file -> readEntries(file, aliases));
        readCountries(aliases);
        var ambiguous = readAmbiguousForms(aliases);
        for (String[] row : DataFile.rows("gazetteer/stop-phrases.tsv")) {
            aliases.add(Alias.stopPhrase(row[0].trim()));
        }
        return new Gazetteer(DataFile.firstLine("gazetteer/VERSION"), aliases, ambiguous);
    }

    private static void readEntries(String file, List<Alias> aliases) {
        for (String[] row : DataFile.rows(file)) {
            var entry = new GazetteerEntry(row[0].trim(), entityType(row[1], file), row[2].trim());
            aliases.add(Alias.of(entry.name(), entry));
            addAll(aliases, row.length > 3 ? row[3] : "", entry);
        }
    }

    /** The type a data file names; a name the contract does not know is a mistake in the file, caught at load. */
    static EntityType entityType(String name, String file) {
        String type = name.trim();
        try {
            return EntityType.fromName(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Member States and observers: CLDR names in the six languages (country-names.tsv) plus the formal names of countries.tsv. */
    private static void readCountries(List<Alias> aliases) {
        var countries = new CountryNames();
        for (String[] row : DataFile.rows("gazetteer/countries.tsv")) {
            String alpha3 = row[0].trim();
            if (!countries.knows(alpha3)) {
                throw new IllegalStateException("countries.tsv: no CLDR names for " + alpha3 + " in country-names.tsv");
            }
            var entry = new GazetteerEntry("country:" + alpha3, EntityType.COUNTRY, countries.englishName(alpha3));
            countries.names(alpha3).forEach(name -> aliases.add(Alias.of(name, entry)));
            addAll(aliases, row.length > 2 ? row[2] : "", entry);
        }
    }

    /** Ambiguous forms match as their default entity; {@link ContextResolver} may change it. */
    private static List<AmbiguousForm> readAmbiguousForms(List<Alias> aliases) {
        var byId = new HashMap<String, GazetteerEntry>();
        aliases.forEach(a -> byId.putIfAbsent(a.entry().id(), a.entry()));
        var forms = new ArrayList<AmbiguousForm>();
        for (String[] row : DataFile.rows("gazetteer/ambiguous.tsv")) {
            var form = AmbiguousForm.of(row);
            var ids = new ArrayList<>(form.triggers());
            ids.add(form.defaultId());
            ids.add(form.resolvedId());
            ids.removeAll(List.of(AmbiguousForm.NONE, AmbiguousForm.SAME_AS_TRIGGER));
            for (String id : ids) {
                if (!byId.containsKey(id)) {
                    throw new IllegalStateException("ambiguous.tsv: no gazetteer entry " + id);
                }
            }
            forms.add(form);
            var entry = form.hasDefault() ? byId.get(form.defaultId())
                    : new GazetteerEntry(AmbiguousForm.NONE, null, form.form());
            aliases.add(Alias.of(form.form(), entry));
        }
        return forms;
    }

    public String version() {
        return version;
    }

    List<Alias> aliases() {
        return aliases;
    }

    List<AmbiguousForm> ambiguousForms() {
        return ambiguousForms;
    }

    /** The entry with this id, for rules that resolve a form to another entity. */
    GazetteerEntry entry(String id) {
        var entry = entries.get(id);
        if (entry == null) {
            throw new IllegalStateException("no gazetteer entry " + id);
        }
        return entry;
    }

    private static void addAll(List<Alias> aliases, String column, GazetteerEntry entry) {
        for (String surface : column.split("\\|")) {
            if (!surface.isBlank()) {
                aliases.add(Alias.of(surface.trim(), entry));
            }
        }
    }
}
