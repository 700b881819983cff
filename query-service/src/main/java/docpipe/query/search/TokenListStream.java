package docpipe.query.search;

import docpipe.query.text.Token;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.util.List;

/**
 * The tokens the service's own {@link docpipe.query.text.Tokenizer} made, fed to Lucene as they are (one
 * position each), so the index holds exactly the terms the query side looks for and phrases can match.
 */
final class TokenListStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<Token> tokens;
    private int next;

    TokenListStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        term.append(tokens.get(next++).term());
        increment.setPositionIncrement(1);
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
