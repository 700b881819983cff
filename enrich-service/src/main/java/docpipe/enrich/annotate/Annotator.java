package docpipe.enrich.annotate;

import docpipe.enrich.entities.DocumentVocabulary;
import docpipe.enrich.entities.EntityRecognizer;
import docpipe.enrich.entities.Gazetteer;
import docpipe.enrich.text.TextNormalizer;
import docpipe.enrich.themes.SdgModel;
import docpipe.enrich.themes.Taxonomy;
import docpipe.enrich.themes.TopicEvidence;
import docpipe.enrich.themes.TopicTagger;
import docpipe.events.Annotations;
import docpipe.untext.UnLanguages;

import java.util.List;

/**
 * Tags one piece of text with themes, SDG goals and entities. Plain Java, thread-safe: build it once
 * (loading the data files and automata takes a fraction of a second) and share it.
 */
public final class Annotator {

    private final EntityRecognizer entities;
    private final TopicTagger topics;

    public Annotator(EntityRecognizer entities, TopicTagger topics) {
        this.entities = entities;
        this.topics = topics;
    }

    /** The annotator over the gazetteers, taxonomy and SDG model shipped on the classpath. */
    public static Annotator fromClasspath() {
        return new Annotator(new EntityRecognizer(Gazetteer.fromClasspath()),
                new TopicTagger(Taxonomy.fromClasspath(), SdgModel.fromClasspath()));
    }

    /**
     * Tags {@code text}; a null language, or one the script contradicts (an English paragraph in a Chinese
     * document), is guessed from the text, and stays null when the text does not tell (terms of every language
     * then apply). Abbreviations the text defines are used.
     */
    public Annotations annotate(String text, String language) {
        return annotate(text, language, new DocumentVocabulary(), List.of()).annotations();
    }

    public String taxonomyVersion() {
        return topics.taxonomyVersion();
    }

    public String sdgModelVersion() {
        return topics.sdgModelVersion();
    }

    public String gazetteerVersion() {
        return entities.gazetteerVersion();
    }

    /** The annotations of a text and its own topic evidence (which headings pass on to their paragraphs). */
    record Annotated(Annotations annotations, TopicEvidence evidence) {
    }

    Annotated annotate(String text, String language, DocumentVocabulary vocabulary, List<TopicEvidence> headings) {
        if (text == null || text.isBlank()) {
            return new Annotated(Annotations.EMPTY, topics.evidence(TextNormalizer.normalize(""), language, List.of()));
        }
        String lang = UnLanguages.confirm(language, text).orElse(null);
        var normalized = TextNormalizer.normalize(text);
        var mentions = entities.recognize(normalized, vocabulary);
        var evidence = topics.evidence(normalized, lang, mentions);
        var tags = topics.tag(evidence, headings);
        return new Annotated(new Annotations(tags.themes(), tags.sdgs(), mentions), evidence);
    }
}
