package docpipe.enrich.entities;

import docpipe.enrich.citations.ReferenceGrammar;
import docpipe.enrich.citations.ReferenceReader;
import docpipe.enrich.text.NormalizedText;

import java.util.List;

/**
 * Finds references to UN documents in every written form ({@code A/AC.105/1168}, {@code 第76/270号决议},
 * {@code Human Rights Council resolution 5/1}, {@code resolutions 44/192 A and B}) with the grammar of
 * {@code patterns/references/}, and gives each its normalised symbol as {@code doc:} id.
 */
final class SymbolRecognizer {

    private final ReferenceGrammar grammar = ReferenceGrammar.fromClasspath();
    private final ReferenceReader reader = new ReferenceReader(grammar);

    String version() {
        return grammar.version();
    }

    List<Candidate> find(NormalizedText normalized, String ownSymbol) {
        return reader.read(normalized, ownSymbol).stream()
                .map(c -> new Candidate(c.start(), c.end(), "doc:" + c.symbol(), "DOCUMENT", c.symbol(), null))
                .toList();
    }
}
