package docpipe.query.store;

import java.util.Locale;

/** UN document symbols in the one form the read model compares: {@code doc:a/res/79/319 } → {@code A/RES/79/319}. */
public final class Symbols {

    private Symbols() {
    }

    public static String key(String symbol) {
        if (symbol == null) {
            return null;
        }
        String s = symbol.strip();
        if (s.regionMatches(true, 0, "doc:", 0, 4)) {
            s = s.substring(4);
        }
        s = s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }
}
