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
        for (Candidate mention : mentions) {
            AmbiguousForm form = mention.alias() == null ? null : byForm.get(TextNormalizer.fold(mention.alias()));
            if (form == null || !form.defaultId().equals(mention.id())) {
                resolved.add(mention);
                continue;
            }
            Candidate trigger = trigger(form, text, resolved, mention);
            if (trigger != null) {
                String id = form.resolvedId().equals(AmbiguousForm.SAME_AS_TRIGGER) ? trigger.id() : form.resolvedId();
                resolved.add(mention.as(gazetteer.entry(id)));
            } else if (form.hasDefault()) {
                resolved.add(mention);
            }
        }
        return resolved;
    }

    /** The earlier mention that the rule ties the form to, or null when the rule does not apply. */
    private static Candidate trigger(AmbiguousForm form, String text, List<Candidate> before, Candidate mention) {
        switch (form.rule()) {
            case "anaphora" -> {
                for (int i = before.size() - 1; i >= 0; i--) {
                    if (form.triggers().contains(before.get(i).id())) {
                        return before.get(i);
                    }
                }
                return null;
            }
            case "owner" -> {
                if (before.isEmpty()) {
                    return null;
                }
                Candidate last = before.get(before.size() - 1);
                boolean owned = form.triggers().contains(last.id())
                        && form.gap().matcher(text.substring(last.end(), mention.start())).matches();
                return owned ? last : null;
            }
            default -> throw new IllegalStateException("unknown rule " + form.rule() + " in ambiguous.tsv");
        }
    }
}
