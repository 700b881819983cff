package docpipe.enrich.entities;

import docpipe.events.EntityType;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Learns the short forms a text defines in brackets right after a name: {@code 联合国开发计划署(开发署)},
 * {@code Office of Counter-Terrorism (OCT)}. The bracket must hold a short form that nothing else
 * recognised, with at least one letter in it.
 */
final class AbbreviationLearner {

    private static final int MAX_FORM = 15;
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
    private static final Set<EntityType> LEARNABLE = Set.of(EntityType.ORGANIZATION, EntityType.INSTRUMENT,
            EntityType.EVENT, EntityType.PLACE, EntityType.COUNTRY);

    private AbbreviationLearner() {
    }

    /** Adds the definitions found in {@code text} to the vocabulary; true if anything new was learned. */
    static boolean learn(String text, List<Candidate> mentions, DocumentVocabulary vocabulary, Gazetteer gazetteer) {
        boolean learned = false;
        for (Candidate mention : mentions) {
            if (!LEARNABLE.contains(mention.type())) {
                continue;
            }
            int open = skipSpaces(text, mention.end());
            if (open >= text.length() || (text.charAt(open) != '(' && text.charAt(open) != '（')) {
                continue;
            }
            int close = closing(text, open + 1);
            if (close < 0) {
                continue;
            }
            int from = skipSpaces(text, open + 1);
            String form = text.substring(from, close).strip();
            if (isShortForm(form) && !covered(mentions, from, close)) {
                learned |= vocabulary.learn(form, gazetteer.entry(mention.id()));
            }
        }
        return learned;
    }

    /**
     * A short form has two characters or more, no punctuation that separates items, and, in Latin script, a
     * capital letter (an acronym like OCT or UN-Women, not a list marker like (a) or (ii), nor a Roman numeral).
     */
    private static boolean isShortForm(String form) {
        if (form.length() < 2 || form.length() > MAX_FORM || form.codePoints().noneMatch(Character::isLetter)
                || form.codePoints().anyMatch(cp -> cp == '(' || cp == '（' || cp == ',' || cp == '，' || cp == ';')) {
            return false;
        }
        boolean latin = form.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
        return !latin || (form.codePoints().anyMatch(Character::isUpperCase) && !ROMAN_NUMERAL.matcher(form).matches());
    }

    private static boolean covered(List<Candidate> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.start() < to && m.end() > from);
    }

    private static int closing(String text, int from) {
        for (int i = from; i < text.length() && i <= from + MAX_FORM + 2; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
