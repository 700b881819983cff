package docpipe.enrich.themes;

/** A theme of the taxonomy ({@code theme:health}) or an SDG ({@code sdg:5}). */
record Topic(Kind kind, String id) {

    enum Kind { THEME, SDG }

    static Topic theme(String id) {
        return new Topic(Kind.THEME, id);
    }

    static Topic sdg(int goal) {
        return new Topic(Kind.SDG, String.valueOf(goal));
    }
}
