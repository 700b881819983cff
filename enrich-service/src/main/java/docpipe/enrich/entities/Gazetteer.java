package docpipe.enrich.entities;

import docpipe.enrich.text.DataFile;

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
        aliases.stream().map(Alias::entry).filter(e -> e != null).forEach(e -> entries.putIfAbsent(e.id(), e));
    }

    public static Gazetteer fromClasspath() {
        var aliases = new ArrayList<Alias>();
        for (String file : ENTRY_FILES) {
            for (String[] row : DataFile.rows(file)) {
                var entry = new GazetteerEntry(row[0].trim(), row[1].trim(), row[2].trim());
                aliases.add(Alias.of(entry.name(), entry));
                addAll(aliases, row.length > 3 ? row[3] : "", entry);
            }
        }
        var countries = new CountryNames();
        for (String[] row : DataFile.rows("gazetteer/countries.tsv")) {
            String alpha3 = row[0].trim();
            if (!countries.knows(alpha3)) {
                throw new IllegalStateException("countries.tsv: unknown ISO 3166-1 alpha-3 code " + alpha3);
            }
            var entry = new GazetteerEntry("country:" + alpha3, "COUNTRY", countries.englishName(alpha3));
            countries.names(alpha3).forEach(name -> aliases.add(Alias.of(name, entry)));
            addAll(aliases, row.length > 2 ? row[2] : "", entry);
        }
        var ambiguous = new ArrayList<AmbiguousForm>();
        for (String[] row : DataFile.rows("gazetteer/ambiguous.tsv")) {
            var form = AmbiguousForm.of(row);
            ambiguous.add(form);
            aliases.add(Alias.of(form.form(), entryOf(aliases, form.defaultId())));
        }
        for (String[] row : DataFile.rows("gazetteer/stop-phrases.tsv")) {
            aliases.add(Alias.stopPhrase(row[0].trim()));
        }
        return new Gazetteer(DataFile.firstLine("gazetteer/VERSION"), aliases, ambiguous);
    }

    public String version() {
        return version;
    }

    public List<Alias> aliases() {
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

    private static GazetteerEntry entryOf(List<Alias> aliases, String id) {
        return aliases.stream().map(Alias::entry).filter(e -> e != null && e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no gazetteer entry " + id));
    }

    private static void addAll(List<Alias> aliases, String column, GazetteerEntry entry) {
        for (String surface : column.split("\\|")) {
            if (!surface.isBlank()) {
                aliases.add(Alias.of(surface.trim(), entry));
            }
        }
    }
}
