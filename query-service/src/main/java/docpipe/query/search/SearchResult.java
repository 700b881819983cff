package docpipe.query.search;

import docpipe.query.documents.Views.Mention;
import docpipe.query.documents.Views.SdgScore;
import docpipe.query.documents.Views.ThemeScore;

import java.util.List;

/** The answer of {@code GET /api/search}: the page of hits, the total and facets over every hit. */
record SearchResult(long total, int page, int size, List<String> terms, List<Hit> items, Facets facets) {

    record Hit(String documentId, String symbol, String title, String type, String language, String date,
               int index, String number, String kind, String role, List<String> sectionPath, Integer page,
               String text, String snippet, double score, List<ThemeScore> themes, List<SdgScore> sdgs,
               List<Mention> entities) {
    }

    record Facets(List<Count> themes, List<GoalCount> sdgs, List<EntityCount> entities, List<Count> languages,
                  List<Count> types) {
    }

    record Count(String id, long count) {
    }

    record GoalCount(int goal, long count) {
    }

    record EntityCount(String id, String type, String name, long count) {
    }
}
