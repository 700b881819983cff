package docpipe.enrich.entities;

import docpipe.events.EntityType;

/** One thing a gazetteer knows: its stable id ({@code org:UNDP}), type and canonical English name. */
record GazetteerEntry(String id, EntityType type, String name) {
}
