package docpipe.query.web;

import java.util.Set;

/** A page of a result: {@code page} counts from 0. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final Set<String> PARAMETERS = Set.of("page", "size");

    public static Paging of(QueryParameters parameters) {
        return new Paging(parameters.integer("page", 0, 0, 100_000),
                parameters.integer("size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public int skip() {
        return page * size;
    }
}
