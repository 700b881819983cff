package docpipe.enrich.entities;

/** One thing a gazetteer knows: its stable id ({@code org:UNDP}), type and canonical English name. */
record GazetteerEntry(String id, String type, String name) {
}
