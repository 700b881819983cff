package docpipe.enrich.entities;

import docpipe.enrich.citations.ReferenceGrammar;
import docpipe.enrich.citations.ReferenceReader;
import docpipe.enrich.text.NormalizedText;
import docpipe.events.EntityType;

import java.util.ArrayList;
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

    /** The references the text prints (they compete with other candidates for their spans) and the unprinted members of ranges. */
    record Found(List<Candidate> printed, List<Candidate> inRanges) {
    }

    Found find(NormalizedText normalized, String ownSymbol) {
        var printed = new ArrayList<Candidate>();
        var inRanges = new ArrayList<Candidate>();
        for (var cited : reader.read(normalized, ownSymbol)) {
            var candidate = new Candidate(cited.start(), cited.end(), "doc:" + cited.symbol(), EntityType.DOCUMENT,
                    cited.symbol(), null);
            (cited.inRange() ? inRanges : printed).add(candidate);
        }
        return new Found(printed, inRanges);
    }
}
