package docpipe.sdgmodel;

import docpipe.enrich.text.TextNormalizer;
import docpipe.enrich.themes.SdgModel;
import docpipe.enrich.themes.Taxonomy;
import docpipe.enrich.themes.TopicTagger;
import docpipe.events.Annotations.SdgTag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags a text exactly as enrich-service will: the model is written in the shipped file format, read back by
 * the service's {@link SdgModel}, and applied by its {@link TopicTagger}, goals named outright included.
 */
final class ShippedTagging implements CrossValidation.Tagging {

    private final String language;
    private final Taxonomy taxonomy = Taxonomy.fromClasspath();
    private CrossValidation.Scorer lastModel;
    private TopicTagger lastTagger;

    ShippedTagging(String language) {
        this.language = language;
    }

    @Override
    public Set<Integer> tags(CrossValidation.Scorer model, double[] thresholds, String text) {
        if (model != lastModel) {
            lastTagger = tagger(language, (WordModel) model, thresholds);
            lastModel = model;
        }
        return tags(lastTagger, language, text);
    }

    TopicTagger tagger(String language, WordModel model, double[] thresholds) {
        var part = new ModelFile.Part(model, thresholds);
        String fallback = "en";
        var parts = language.equals(fallback) ? Map.of(language, part) : Map.of(language, part, fallback, part);
        return new TopicTagger(taxonomy, SdgModel.parse(ModelFile.lines(List.of(), parts)));
    }

    static Set<Integer> tags(TopicTagger tagger, String language, String text) {
        var tagged = new TreeSet<Integer>();
        tagger.tag(tagger.evidence(TextNormalizer.normalize(text), language, List.of())).sdgs().stream()
                .map(SdgTag::goal).forEach(tagged::add);
        return tagged;
    }
}
