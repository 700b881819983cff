package docpipe.query.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read.
 *
 * @param readToken when set, every {@code /api/**} request needs {@code Authorization: Bearer <readToken>};
 *                  unset or blank, the read endpoints are open (env {@code DOCPIPE_QUERY_READ_TOKEN})
 */
@ConfigurationProperties("docpipe.query")
record ReadAccessProperties(String readToken) {

    boolean protectedByToken() {
        return readToken != null && !readToken.isBlank();
    }

    @Override
    public String toString() {
        return "ReadAccessProperties[readToken=" + (protectedByToken() ? "(set)" : "(unset)") + "]";
    }
}
