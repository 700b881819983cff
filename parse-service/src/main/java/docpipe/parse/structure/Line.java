package docpipe.parse.structure;

/** One line of extracted text, whitespace-normalised, with the page it is on (null without pages) and its position. */
record Line(String text, Integer page, int position) {
}
