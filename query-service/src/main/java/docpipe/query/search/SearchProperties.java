package docpipe.query.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search and its index.
 *
 * @param indexDir   folder of the search index; empty: in memory, rebuilt from {@code docs.enriched} at every start
 * @param facetSize  most values listed per facet
 * @param maxExport  most hits a search export ({@code format=jsonl|csv}) lists
 */
@ConfigurationProperties("docpipe.query.search")
record SearchProperties(String indexDir, int facetSize, int maxExport) {
}
