package docpipe.enrich.text;

/**
 * Text folded for matching (NFKC, lower case, no whitespace next to CJK characters) that remembers, for
 * every folded character, where it came from in the original text.
 */
public final class NormalizedText {

    private final String original;
    private final String folded;
    private final String cased;
    private final int[] origins;

    NormalizedText(String original, String folded, String cased, int[] origins) {
        this.original = original;
        this.folded = folded;
        this.cased = cased;
        this.origins = origins;
    }

    public String original() {
        return original;
    }

    /** The matching form: NFKC and lower case. */
    public String folded() {
        return folded;
    }

    /** The same characters as {@link #folded()} before lower-casing, for case-sensitive acronyms. */
    public String cased() {
        return cased;
    }

    /** Offset in the original text of the folded character at {@code index}. */
    public int originalStart(int index) {
        return origins[index];
    }

    /** Offset in the original text just after the folded character at {@code index - 1}. */
    public int originalEnd(int index) {
        int last = origins[index - 1];
        int end = last + Character.charCount(original.codePointAt(last));
        return Math.min(end, original.length());
    }
}
