package docpipe.query.compare;

import java.util.List;

/**
 * What changed from the other document to this one, paragraph by paragraph, in reading order.
 *
 * @param method    {@code TEXT} (same language: shared words and CJK bigrams) or {@code ENTITIES_AND_NUMBERS}
 *                  (different languages: shared entity ids and numbers only)
 * @param threshold least similarity for two paragraphs to be the same paragraph (kept, changed or matched)
 */
public record Comparison(String method, double threshold, Summary summary, List<Change> paragraphs) {

    public enum Kind {
        /** in this document only */
        ADDED,
        /** in the other document only */
        REMOVED,
        /** the same paragraph with other wording */
        CHANGED,
        /** the same text, ignoring case, accents and spaces */
        UNCHANGED,
        /** different languages: the same entities and numbers, wording not compared */
        MATCHED
    }

    public record Summary(int added, int removed, int changed, int unchanged, int matched) {
    }

    /** A paragraph of one document as shown in a comparison. */
    public record Side(int index, String number, String text) {

        static Side of(Passage p) {
            return p == null ? null : new Side(p.index(), p.number(), p.text());
        }
    }

    /** The most similar paragraph of the other side for an added or removed one, too far to be the same paragraph. */
    public record Closest(int index, String number, String text, double similarity) {
    }

    /**
     * One line of the comparison.
     *
     * @param paragraph      the paragraph of this document (null when removed)
     * @param otherParagraph the paragraph of the other document it corresponds to (null when added)
     * @param similarity     0–1 between the two, null when added or removed
     * @param closest        for an added paragraph the closest of the other document, for a removed one the
     *                       closest of this document; null when nothing at all is shared
     * @param addedTerms     for a changed paragraph, the search terms only this document's paragraph has
     * @param removedTerms   for a changed paragraph, the search terms only the other paragraph has
     */
    public record Change(Kind change, String role, String kind, Double similarity, Side paragraph, Side otherParagraph,
                         Closest closest, List<String> addedTerms, List<String> removedTerms) {
    }
}
