package docpipe.query.documents;

import docpipe.query.store.DocumentOrder;
import docpipe.query.web.BadRequestException;

import java.util.Locale;

/** The {@code sort} parameter of the document list. */
final class DocumentSort {

    private DocumentSort() {
    }

    /** {@code date} (newest first), {@code symbol} (A to Z), either with {@code ,asc} or {@code ,desc}. */
    static DocumentOrder of(String value) {
        if (value == null) {
            return DocumentOrder.DATE_DESC;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT).replace(" ", "")) {
            case "date", "date,desc", "-date" -> DocumentOrder.DATE_DESC;
            case "date,asc" -> DocumentOrder.DATE_ASC;
            case "symbol", "symbol,asc" -> DocumentOrder.SYMBOL_ASC;
            case "symbol,desc", "-symbol" -> DocumentOrder.SYMBOL_DESC;
            default -> throw new BadRequestException(
                    "sort must be date, date,asc, symbol or symbol,desc, not '" + value + "'");
        };
    }
}
