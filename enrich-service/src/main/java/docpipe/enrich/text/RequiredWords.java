package docpipe.enrich.text;

import java.util.Arrays;
import java.util.List;

/**
 * Words one of which a folded text must contain before a costly pattern is tried on it (a cheap
 * pre-check, not the matching itself). An empty list lets every text through.
 */
public record RequiredWords(List<String> words) {

    public static RequiredWords parse(String column) {
        return new RequiredWords(Arrays.stream(column == null ? new String[0] : column.split("\\|"))
                .map(String::strip).filter(w -> !w.isEmpty()).map(TextNormalizer::fold).toList());
    }

    public boolean foundIn(NormalizedText text) {
        if (words.isEmpty()) {
            return true;
        }
        String folded = text.folded();
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
