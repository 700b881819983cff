package docpipe.parse.structure;

import java.util.Set;

/**
 * Joins the pieces of a line broken mid-sentence: nothing between CJK characters, a space between words
 * of Latin, Cyrillic or Arabic script, and a line-end hyphen removed when the document elsewhere writes
 * the word whole (kept otherwise, as in "capacity-building").
 */
final class TextJoiner {

    private final Set<String> vocabulary;

    TextJoiner(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        char last = left.charAt(left.length() - 1);
        char first = right.charAt(0);
        if ((last == '-' || last == '\u00AD') && left.length() > 1 && Character.isLetter(left.charAt(left.length() - 2))
                && Character.isLetter(first)) {
            String head = left.substring(0, left.length() - 1);
            if (last == '\u00AD' || Character.isLowerCase(first) && vocabulary.contains(wordAround(head, right))) {
                return head + right;
            }
            return left + right;
        }
        if (Chars.isCjk(last) || Chars.isCjk(first)) {
            return left + right;
        }
        return left + " " + right;
    }

    private static String wordAround(String head, String tail) {
        int start = head.length();
        while (start > 0 && Character.isLetter(head.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < tail.length() && Character.isLetter(tail.charAt(end))) {
            end++;
        }
        return (head.substring(start) + tail.substring(0, end)).toLowerCase();
    }
}
