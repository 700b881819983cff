package docpipe.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a configured bearer token may guard the service: not missing, not a placeholder from a
 * README or a sample file ({@code placeholder-tokens.txt}), and long enough that guessing it is hopeless.
 * A service given anything else refuses to start, so a deployment never runs on a secret everyone knows.
 */
public final class TokenPolicy {

    /** 16 characters of a random hex or base64 string are 64 bits or more. */
    static final int MIN_LENGTH = 16;

    private static final Set<String> PLACEHOLDERS = load();

    private TokenPolicy() {
    }

    /**
     * @param property the configuration property that holds the token, named in the refusal
     * @param variable the environment variable an operator sets instead
     * @throws UnsafeTokenException when the token must not be used
     */
    public static void check(String property, String variable, String token) {
        if (token == null || token.isBlank()) {
            throw new UnsafeTokenException(property, variable, "is not set");
        }
        String t = token.strip();
        if (PLACEHOLDERS.contains(t.toLowerCase(Locale.ROOT))) {
            throw new UnsafeTokenException(property, variable, "is the well-known placeholder '" + t + "'");
        }
        if (t.length() < MIN_LENGTH) {
            throw new UnsafeTokenException(property, variable, "is shorter than " + MIN_LENGTH + " characters");
        }
        if (t.chars().distinct().count() < 4) {
            throw new UnsafeTokenException(property, variable, "repeats too few characters to be a secret");
        }
    }

    private static Set<String> load() {
        try (InputStream in = TokenPolicy.class.getResourceAsStream("placeholder-tokens.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token cannot guard the service; the message says which setting and what to do. */
    public static final class UnsafeTokenException extends IllegalStateException {

        private final String property;
        private final String variable;

        UnsafeTokenException(String property, String variable, String problem) {
            super(property + " (" + variable + ") " + problem + ": set it to a random secret, for example the output of "
                    + "'openssl rand -hex 24'. The service does not start without one.");
            this.property = property;
            this.variable = variable;
        }

        public String property() {
            return property;
        }

        public String variable() {
            return variable;
        }
    }
}
