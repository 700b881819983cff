package docpipe.enrich.citations;

import docpipe.events.Annotations.EntityMention;
import docpipe.untext.UnSymbols;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The documents a document cites: every {@code doc:} entity of its paragraphs, as the normalised UN symbol
 * ({@code A/RES/76/270}), in order of first mention, without the document's own symbol (compared in the
 * shared normalised form, so {@code S/RES/2768 (2025)} is itself).
 */
public final class Citations {

    private Citations() {
    }

    public static List<String> references(List<List<EntityMention>> paragraphs, String ownSymbol) {
        var symbols = new LinkedHashSet<String>();
        for (var mentions : paragraphs) {
            for (var mention : mentions) {
                if (mention.id().startsWith("doc:")) {
                    symbols.add(UnSymbols.normalize(mention.id()));
                }
            }
        }
        String own = UnSymbols.key(ownSymbol);
        if (own != null) {
            symbols.removeIf(s -> Objects.equals(UnSymbols.key(s), own));
        }
        return List.copyOf(symbols);
    }
}
