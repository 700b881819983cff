package docpipe.enrich.entities;

import docpipe.enrich.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the short forms of {@code gazetteer/ambiguous.tsv} by their context: {@code 大会} is the General
 * Assembly unless the text has just named the IPU Assembly; the {@code 秘书长} of {@code 议联主席和秘书长}
 * is the IPU's, not the UN Secretary-General.
 */
final class ContextResolver {

    private final Map<String, AmbiguousForm> byForm = new HashMap<>();
    private final Gazetteer gazetteer;

    ContextResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (AmbiguousForm form : gazetteer.ambiguousForms()) {
            byForm.put(TextNormalizer.fold(form.form()), form);
        }
    }

    List<Candidate> resolve(String text, List<Candidate> mentions) {
        var resolved = new ArrayList<Candidate>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Candidate mention = mentions.get(i);
            AmbiguousForm form = mention.alias() == null ? null : byForm.get(TextNormalizer.fold(mention.alias()));
            if (form != null && form.defaultId().equals(mention.id()) && applies(form, text, resolved, mention)) {
                mention = mention.as(gazetteer.entry(form.resolvedId()));
            }
            resolved.add(mention);
        }
        return resolved;
    }

    private static boolean applies(AmbiguousForm form, String text, List<Candidate> before, Candidate mention) {
        return switch (form.rule()) {
            case "anaphora" -> before.stream().anyMatch(c -> form.triggers().contains(c.id()));
            case "owner" -> !before.isEmpty()
                    && form.triggers().contains(before.get(before.size() - 1).id())
                    && form.gap().matcher(text.substring(before.get(before.size() - 1).end(), mention.start())).matches();
            default -> throw new IllegalStateException("unknown rule " + form.rule() + " in ambiguous.tsv");
        };
    }
}
