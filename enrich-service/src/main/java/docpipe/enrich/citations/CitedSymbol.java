package docpipe.enrich.citations;

/**
 * One reference to a UN document found in a text: {@code start}/{@code end} are offsets into the text (the
 * first member of a list takes the keyword with it, as a single reference would), {@code symbol} the
 * normalised symbol ({@code A/RES/44/192A}).
 */
public record CitedSymbol(int start, int end, String symbol) {
}
