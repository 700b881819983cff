package docpipe.pipeline.security;

import docpipe.pipeline.TokenPolicy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A configured bearer token, and the one test every docpipe service applies to an {@code Authorization} header:
 * the scheme {@code Bearer} in any case, then the token, surrounding spaces ignored. Compared as SHA-256 digests
 * with {@link MessageDigest#isEqual}, so the time taken says nothing about the length or content of the token.
 * Plain Java: the preview filter uses it without Spring Security, the ingest and query services through it.
 */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final byte[] digest;

    private BearerToken(String token) {
        this.digest = sha256(token.strip());
    }

    /**
     * @param property the setting that holds the token, named if it is refused
     * @param variable the environment variable an operator sets instead
     * @throws TokenPolicy.UnsafeTokenException when the token is missing, a placeholder or guessable
     */
    public static BearerToken of(String property, String variable, String token) {
        TokenPolicy.check(property, variable, token);
        return new BearerToken(token);
    }

    /** Whether the header is {@code Bearer <this token>}; a missing header, another scheme or token is not. */
    public boolean isPresentedIn(String authorizationHeader) {
        return authorizationHeader != null
                && authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && MessageDigest.isEqual(digest, sha256(authorizationHeader.substring(SCHEME.length()).strip()));
    }

    @Override
    public String toString() {
        return "BearerToken[(set)]";
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
