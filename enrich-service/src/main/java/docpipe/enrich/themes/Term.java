package docpipe.enrich.themes;

/**
 * One term of the taxonomy: its form, the language it belongs to ({@code *} for any), its weight, and
 * whether it matches as a prefix ({@code terroris*}) or case-sensitively (an all-capitals form).
 */
record Term(Topic topic, String language, double weight, String form, boolean prefix, boolean caseSensitive) {

    static Term parse(Topic topic, String language, double weight, String written) {
        boolean prefix = written.endsWith("*");
        String form = prefix ? written.substring(0, written.length() - 1) : written;
        boolean acronym = form.length() > 1 && form.chars().noneMatch(Character::isLowerCase)
                && form.chars().anyMatch(Character::isUpperCase);
        return new Term(topic, language, weight, form, prefix, acronym);
    }

    boolean isEntity() {
        return form.startsWith("@");
    }

    String entityId() {
        return form.substring(1);
    }

    boolean appliesTo(String textLanguage) {
        return language.equals("*") || textLanguage == null || language.equals(textLanguage);
    }

    /** How the term is reported as evidence. */
    String evidence() {
        return prefix ? form + "*" : form;
    }
}
