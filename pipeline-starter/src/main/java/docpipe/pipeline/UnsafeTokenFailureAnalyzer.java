package docpipe.pipeline;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused token into Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
public class UnsafeTokenFailureAnalyzer extends AbstractFailureAnalyzer<TokenPolicy.UnsafeTokenException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, TokenPolicy.UnsafeTokenException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable " + cause.variable() + " (or " + cause.property() + ") to a random secret "
                        + "before starting: export " + cause.variable() + "=\"$(openssl rand -hex 24)\". "
                        + "./docpipe up generates one for the local stack.", cause);
    }
}
