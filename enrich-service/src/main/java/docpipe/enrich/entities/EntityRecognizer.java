package docpipe.enrich.entities;

import docpipe.enrich.text.NormalizedText;
import docpipe.enrich.text.TextNormalizer;
import docpipe.events.Annotations.EntityMention;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the entities of a text: gazetteer names (one Aho-Corasick pass), UN document symbols, dates and
 * percentages, plus the abbreviations the document has defined; the longest overlapping candidate wins,
 * ambiguous short forms are resolved by context, and a State named inside an organisation's name is added
 * as a nested mention. Thread-safe; the vocabulary passed in is per document.
 */
public final class EntityRecognizer {

    private final Gazetteer gazetteer;
    private final DictionaryMatcher dictionary;
    private final SymbolRecognizer symbols = new SymbolRecognizer();
    private final DateRecognizer dates = new DateRecognizer();
    private final PercentRecognizer percents = new PercentRecognizer();
    private final ContextResolver context;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.dictionary = new DictionaryMatcher(gazetteer.aliases());
        this.context = new ContextResolver(gazetteer);
    }

    /** The gazetteer's version and the reference grammar's, since both decide the entities found. */
    public String gazetteerVersion() {
        return gazetteer.version() + "+" + symbols.version();
    }

    /** The mentions in {@code text}, in text order; definitions of abbreviations are added to {@code vocabulary}. */
    public List<EntityMention> recognize(String text, DocumentVocabulary vocabulary) {
        return text == null ? List.of() : recognize(TextNormalizer.normalize(text), vocabulary);
    }

    /** The same, for a text already normalised (annotation normalises once for entities and topics). */
    public List<EntityMention> recognize(NormalizedText normalized, DocumentVocabulary vocabulary) {
        String text = normalized.original();
        if (text.isEmpty()) {
            return List.of();
        }
        var mentions = candidates(normalized, vocabulary);
        if (AbbreviationLearner.learn(text, mentions, vocabulary, gazetteer)) {
            mentions = candidates(normalized, vocabulary);
        }
        return mentions.stream().map(c -> c.toMention(text)).toList();
    }

    private List<Candidate> candidates(NormalizedText text, DocumentVocabulary vocabulary) {
        var all = new ArrayList<Candidate>();
        var references = symbols.find(text, vocabulary.ownSymbol());
        all.addAll(references.printed());
        all.addAll(dictionary.find(text));
        if (!vocabulary.isEmpty()) {
            all.addAll(vocabulary.matcher().find(text));
        }
        all.addAll(dates.find(text));
        all.addAll(percents.find(text));
        var kept = context.resolve(text.original(), OverlapResolver.resolve(all, text.original().length()));
        return RangeMembers.add(NestedCountries.add(kept, all), references.inRanges());
    }
}
