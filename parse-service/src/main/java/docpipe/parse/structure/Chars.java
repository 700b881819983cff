package docpipe.parse.structure;

/** Character classes that the rules of joining and marker removal depend on. */
final class Chars {

    private Chars() {
    }

    /** A CJK ideograph, kana, CJK punctuation or a full-width form: text written without spaces between words. */
    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Display width: CJK characters count twice, which is how a page's line length is measured. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isCjk(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    /** Whether the line ends a sentence: a full stop, colon, semicolon, ! or ?, perhaps inside closing quotes. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "”’\"»)）]】 ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && "。．.!?！？;；:：".indexOf(s.charAt(i)) >= 0;
    }

    static boolean endsWithComma(String s) {
        return !s.isEmpty() && ",，、،".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Ends with a letter, digit or CJK character: the text plainly goes on. */
    static boolean endsOpen(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointBefore(s.length());
        return Character.isLetterOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean startsLowercase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** The text without private-use code points: the glyphs of a barcode font, which stand for no text. */
    static String withoutPrivateUse(String s) {
        boolean found = false;
        for (int i = 0; i < s.length() && !found; i++) {
            char c = s.charAt(i);
            found = Character.isSurrogate(c) || Character.getType(c) == Character.PRIVATE_USE;
        }
        if (!found) {
            return s;
        }
        return s.codePoints().filter(c -> Character.getType(c) != Character.PRIVATE_USE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    /** The line without a footnote mark at its end ("measures.<sup>3</sup>", "Action, 7"). */
    static String withoutTrailingMark(String line) {
        return line.replaceFirst("\\s*(<sup>[^<]*</sup>|\\d{1,3}\\s*/?)$", "");
    }
}
