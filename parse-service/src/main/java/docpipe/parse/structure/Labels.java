package docpipe.parse.structure;

import java.util.List;

/** The position of a printed heading label in its sequence: "III" is 3, "三" is 3, "C" is 3, "В" is 3 in Russian. */
final class Labels {

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private Labels() {
    }

    /** The label's position; {@code roman} says whether I, V, X, L, C are Roman numerals here (chapters) or letters. */
    static int ordinal(String label, List<String> sequence, boolean roman) {
        if (sequence != null) {
            int i = sequence.indexOf(label);
            if (i >= 0) {
                return i + 1;
            }
        }
        if (roman && label.matches("[IVXLC]+")) {
            return roman(label);
        }
        if (roman && label.matches("[ivxlc]+")) {
            return roman(label.toUpperCase());
        }
        if (label.matches("[一二三四五六七八九十百〇零]+")) {
            return chinese(label);
        }
        if (label.length() == 1 && label.charAt(0) >= 'A' && label.charAt(0) <= 'Z') {
            return label.charAt(0) - 'A' + 1;
        }
        if (label.length() == 1 && label.charAt(0) >= 'a' && label.charAt(0) <= 'z') {
            return label.charAt(0) - 'a' + 1;
        }
        return -1;
    }

    static int roman(String s) {
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** Chinese numerals up to 999: 七十九 is 79, 十二 is 12, 一百零五 is 105. */
    static int chinese(String s) {
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            if (c == '零' || c == '〇') {
                digit = 0;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else {
                digit = CHINESE_DIGITS.indexOf(c);
            }
        }
        return total + digit;
    }
}
