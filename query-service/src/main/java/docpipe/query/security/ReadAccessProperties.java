package docpipe.query.security;

import docpipe.pipeline.security.BearerToken;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Optional;

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
        if (isSet(readToken)) {
            token(readToken);
        }
    }

    /** The token reads must carry; empty when reads are open. */
    Optional<BearerToken> token() {
        return isSet(readToken) ? Optional.of(token(readToken)) : Optional.empty();
    }

    private static BearerToken token(String readToken) {
        return BearerToken.of("docpipe.query.read-token", "DOCPIPE_QUERY_READ_TOKEN", readToken);
    }

    private static boolean isSet(String readToken) {
        return readToken != null && !readToken.isBlank();
    }

    @Override
    public String toString() {
        return "ReadAccessProperties[readToken=" + (isSet(readToken) ? "(set)" : "(unset)") + "]";
    }
}
