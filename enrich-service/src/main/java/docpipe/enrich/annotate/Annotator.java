package docpipe.enrich.annotate;

import docpipe.events.Annotations;

/**
 * Tags one piece of text with themes, SDG goals and entities. Plain Java, thread-safe.
 * PLACEHOLDER: returns no tags; replaced by the gazetteer and taxonomy matcher.
 */
public final class Annotator {

    /** The annotator over the gazetteers and taxonomy shipped on the classpath. */
    public static Annotator fromClasspath() {
        return new Annotator();
    }

    public Annotations annotate(String text, String language) {
        return Annotations.EMPTY;
    }
}
