package docpipe.parse.structure;

/** A footnote found at the foot of a page: its mark, text, page, and the body line it was found after. */
record Footnote(String mark, String text, Integer page, int anchor) {
}
