package docpipe.query.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the search.
 *
 * @param maxCandidates most matching paragraphs ranked per query (the total and the facets still count all)
 * @param facetSize most values listed per facet
 */
@ConfigurationProperties("docpipe.query.search")
record SearchProperties(int maxCandidates, int facetSize) {
}
