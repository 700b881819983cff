package docpipe.query.web;

import docpipe.pipeline.TokenPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read.
 *
 * @param readToken when set, every {@code /api/**} request needs {@code Authorization: Bearer <readToken>};
 *                  unset or blank, the read endpoints are open (env {@code DOCPIPE_QUERY_READ_TOKEN})
 */
@ConfigurationProperties("docpipe.query")
record ReadAccessProperties(String readToken) {

    /** Unset keeps reads open; but a token that is set must be one nobody can guess, or the service does not start. */
    ReadAccessProperties {
        if (readToken != null && !readToken.isBlank()) {
            TokenPolicy.check("docpipe.query.read-token", "DOCPIPE_QUERY_READ_TOKEN", readToken);
        }
    }

    boolean protectedByToken() {
        return readToken != null && !readToken.isBlank();
    }

    @Override
    public String toString() {
        return "ReadAccessProperties[readToken=" + (protectedByToken() ? "(set)" : "(unset)") + "]";
    }
}
