package docpipe.parse.structure;

import docpipe.events.ParagraphKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The main sequence of paragraph numbers, as a constraint: it runs 1, 2, 3 … without going back, starts
 * again at 1 only where a new sequence can start (the top, a new heading, a resolution's preamble, an annex),
 * may skip a label or two where the page plainly starts a paragraph, and a short run from 1 that it then
 * resumes after was numbered sub-headings ("1. Women"), not paragraphs.
 */
final class MainSequence {

    /** Numbered sub-headings rarely run longer than this between two paragraphs of the main sequence. */
    private static final int MAX_FALSE_RESTART = 3;
    /** How many numbers the sequence may skip where a label was not recognised. */
    private static final int MAX_SKIP = 3;

    private int last;
    private boolean headingSinceNumber;
    /** Where the sequence stood when numbering started again at 1, and the items numbered since. */
    private int resumeAfter = -1;
    private final List<Item> restarted = new ArrayList<>();
    /** The label of the last numbered sub-heading found between paragraphs of the sequence (0: none). */
    private int subheading;

    int last() {
        return last;
    }

    /** A heading (or a chapeau) came: under it a new sequence may start at 1. */
    void heading() {
        headingSinceNumber = true;
    }

    /** An annex numbers its paragraphs afresh, for good. */
    void startAfresh() {
        last = 0;
        resumeAfter = -1;
    }

    /** Whether n goes on from here: the next number, or 1 where a sequence can start. */
    boolean accepts(int n, Item current, boolean inPreamble) {
        boolean top = current == null || current.is(ParagraphKind.HEADING);
        if (n == last + 1 || last == 0 && top) {
            return true;
        }
        return n == 1 && (top || inPreamble || headingSinceNumber);
    }

    /** Whether n, a little ahead, may be taken where the page plainly starts a paragraph (one label was lost). */
    boolean skipsTo(int n) {
        return last > 0 && n > last + 1 && n <= last + MAX_SKIP;
    }

    /** Whether n goes on where a short run from 1 interrupted the sequence: that run was sub-headings. */
    boolean resumes(int n, int maxHeadingLength) {
        return resumeAfter >= 0 && n == resumeAfter + 1
                && restarted.stream().allMatch(i -> i.text.length() <= maxHeadingLength);
    }

    /** The items of the false restart, to be made headings; the sequence goes on where it stood. */
    List<Item> undoRestart() {
        List<Item> subheadings = List.copyOf(restarted);
        last = resumeAfter;
        subheading = restarted.size();
        resumeAfter = -1;
        restarted.clear();
        return subheadings;
    }

    /** Whether n is the next numbered sub-heading after those found in a false restart. */
    boolean isNextSubheading(int n) {
        return subheading > 0 && n == subheading + 1;
    }

    void subheadingTaken() {
        subheading++;
    }

    /** Takes n for the paragraph just opened. */
    void take(int n, Item paragraph) {
        if (n == 1 && last > 1) {
            resumeAfter = last;
            restarted.clear();
        }
        last = n;
        headingSinceNumber = false;
        if (resumeAfter >= 0) {
            restarted.add(paragraph);
            if (restarted.size() > MAX_FALSE_RESTART) {
                resumeAfter = -1;
            }
        }
    }
}
