package docpipe.query.catalog;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import docpipe.query.store.ReadModelCollections;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.Paging;
import docpipe.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    private final ReadModelCollections collections;
    private final List<String> taxonomy = loadThemes();

    CatalogController(ReadModelCollections collections) {
        this.collections = collections;
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
        collections.documents().aggregate(List.of(
                Aggregates.unwind("$themes"),
                Aggregates.group("$themes.id", Accumulators.sum("count", "$themes.count"), Accumulators.sum("documents", 1))))
                .forEach(d -> byId.put(d.getString("_id"),
                        new ThemeEntry(d.getString("_id"), number(d, "count"), number(d, "documents"))));
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
        List<Bson> pipeline = new ArrayList<>(List.of(Aggregates.unwind("$entities")));
        String type = parameters.single("type");
        if (type != null) {
            pipeline.add(Aggregates.match(Filters.eq("entities.type", type.toUpperCase(Locale.ROOT))));
        }
        pipeline.add(Aggregates.group("$entities.id", Accumulators.first("type", "$entities.type"),
                Accumulators.first("name", "$entities.name"), Accumulators.sum("count", "$entities.count"),
                Accumulators.sum("documents", 1), Accumulators.push("aliases", "$entities.aliases")));
        String q = parameters.single("q");
        if (q != null && q.length() > 100) {
            throw new BadRequestException("q must be at most 100 characters");
        }
        // matched here, after grouping, so an entity found by one document's spelling counts every document's mentions
        String part = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<EntityEntry> all = new ArrayList<>();
        collections.documents().aggregate(pipeline).forEach(d -> {
            if (part == null || matches(d, part)) {
                all.add(new EntityEntry(d.getString("_id"), d.getString("type"), d.getString("name"),
                        number(d, "count"), number(d, "documents")));
            }
        });
        all.sort(Comparator.comparingLong(EntityEntry::count).reversed().thenComparing(EntityEntry::id));
        int from = Math.min(paging.skip(), all.size());
        return new Items<>(List.copyOf(all.subList(from, Math.min(from + paging.size(), all.size()))), all.size(),
                paging.page(), paging.size());
    }

    private static boolean matches(Document entity, String part) {
        if (contains(entity.getString("_id"), part) || contains(entity.getString("name"), part)) {
            return true;
        }
        for (Object aliases : entity.getList("aliases", Object.class, List.of())) {
            if (aliases instanceof List<?> list && list.stream().anyMatch(a -> contains(String.valueOf(a), part))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
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
