package docpipe.query.documents;

import com.mongodb.client.model.Sorts;
import docpipe.query.web.BadRequestException;
import org.bson.conversions.Bson;

import java.util.Locale;

/** The orders of the document list; the id breaks ties so pages never overlap or skip. */
enum DocumentSort {
    DATE_DESC(Sorts.orderBy(Sorts.descending("date"), Sorts.ascending("_id"))),
    DATE_ASC(Sorts.orderBy(Sorts.ascending("date"), Sorts.ascending("_id"))),
    SYMBOL_ASC(Sorts.orderBy(Sorts.ascending("symbolKey"), Sorts.ascending("_id"))),
    SYMBOL_DESC(Sorts.orderBy(Sorts.descending("symbolKey"), Sorts.ascending("_id")));

    private final Bson bson;

    DocumentSort(Bson bson) {
        this.bson = bson;
    }

    Bson bson() {
        return bson;
    }

    /** {@code date} (newest first), {@code symbol} (A to Z), either with {@code ,asc} or {@code ,desc}. */
    static DocumentSort of(String value) {
        if (value == null) {
            return DATE_DESC;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT).replace(" ", "")) {
            case "date", "date,desc", "-date" -> DATE_DESC;
            case "date,asc" -> DATE_ASC;
            case "symbol", "symbol,asc" -> SYMBOL_ASC;
            case "symbol,desc", "-symbol" -> SYMBOL_DESC;
            default -> throw new BadRequestException(
                    "sort must be date, date,asc, symbol or symbol,desc, not '" + value + "'");
        };
    }
}
