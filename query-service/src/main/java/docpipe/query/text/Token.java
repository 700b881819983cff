package docpipe.query.text;

/** A search term found in a text, with the character range {@code [start, end)} it came from. */
public record Token(String term, int start, int end) {
}
