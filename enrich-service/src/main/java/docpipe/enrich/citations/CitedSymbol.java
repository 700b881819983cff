package docpipe.enrich.citations;

/**
 * One reference to a UN document found in a text: {@code start}/{@code end} are offsets into the text (the
 * first member of a list takes the keyword with it, as a single reference would), {@code symbol} the
 * normalised symbol ({@code A/RES/44/192A}). {@code inRange} marks a member of a range that the text does not
 * print ({@code 79/99} in "resolutions 79/98 to 79/101"): its span is the whole range.
 */
public record CitedSymbol(int start, int end, String symbol, boolean inRange) {

    public CitedSymbol(int start, int end, String symbol) {
        this(start, end, symbol, false);
    }
}
