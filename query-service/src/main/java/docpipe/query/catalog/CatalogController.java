package docpipe.query.catalog;

import docpipe.query.store.StoredDocuments;
import docpipe.query.store.StoredDocuments.EntityTotal;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.Paging;
import docpipe.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The taxonomy and the entity index, counted over the stored documents. */
@RestController
@RequestMapping("/api")
@Tag(name = "catalog", description = "Themes and entities with counts")
class CatalogController {

    private static final Set<String> ENTITY_PARAMETERS = Set.of("type", "q", "page", "size");

    private final StoredDocuments store;
    private final List<String> taxonomy = loadThemes();

    CatalogController(StoredDocuments store) {
        this.store = store;
    }

    record ThemeEntry(String id, long count, long documents) {
    }

    record EntityEntry(String id, String type, String name, long count, long documents) {
    }

    record Items<T>(List<T> items, long total, int page, int size) {
    }

    @GetMapping("/themes")
    @Operation(summary = "Every theme of the taxonomy: paragraphs tagged with it (count) and documents having it")
    Map<String, List<ThemeEntry>> themes(HttpServletRequest request) {
        QueryParameters.of(request.getParameterMap(), Set.of());
        Map<String, ThemeEntry> byId = new LinkedHashMap<>();
        taxonomy.forEach(id -> byId.put(id, new ThemeEntry(id, 0, 0)));
        store.themeTotals().forEach(t -> byId.put(t.id(), new ThemeEntry(t.id(), t.count(), t.documents())));
        List<ThemeEntry> items = new ArrayList<>(byId.values());
        items.sort(Comparator.comparingLong(ThemeEntry::count).reversed().thenComparing(ThemeEntry::id));
        return Map.of("items", items);
    }

    @GetMapping("/entities")
    @Operation(summary = "Entities by mentions, filtered by type and by a part of their id, name or a written form",
            parameters = {
                    @Parameter(name = "type", in = ParameterIn.QUERY, example = "ORGANIZATION"),
                    @Parameter(name = "q", in = ParameterIn.QUERY, example = "UNDP")})
    Items<EntityEntry> entities(HttpServletRequest request) {
        QueryParameters parameters = QueryParameters.of(request.getParameterMap(), ENTITY_PARAMETERS);
        Paging paging = Paging.of(parameters);
        String type = parameters.single("type");
        String q = parameters.single("q");
        if (q != null && q.length() > 100) {
            throw new BadRequestException("q must be at most 100 characters");
        }
        // matched after counting over every document, so an entity found by one document's spelling counts every
        // document's mentions
        String part = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<EntityEntry> all = new ArrayList<>();
        for (EntityTotal e : store.entityTotals(type == null ? null : type.toUpperCase(Locale.ROOT))) {
            if (part == null || matches(e, part)) {
                all.add(new EntityEntry(e.id(), e.type(), e.name(), e.count(), e.documents()));
            }
        }
        all.sort(Comparator.comparingLong(EntityEntry::count).reversed().thenComparing(EntityEntry::id));
        int from = Math.min(paging.skip(), all.size());
        return new Items<>(List.copyOf(all.subList(from, Math.min(from + paging.size(), all.size()))), all.size(),
                paging.page(), paging.size());
    }

    private static boolean matches(EntityTotal entity, String part) {
        return contains(entity.id(), part) || contains(entity.name(), part)
                || entity.aliases().stream().anyMatch(a -> contains(a, part));
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    private static List<String> loadThemes() {
        try (InputStream in = CatalogController.class.getResourceAsStream("/catalog/themes.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /catalog/themes.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
