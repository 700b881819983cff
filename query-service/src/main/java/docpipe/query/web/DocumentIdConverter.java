package docpipe.query.web;

import docpipe.events.DocumentId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds a {@link DocumentId} from a path or query value ({@code @PathVariable DocumentId id}). A malformed id is
 * refused with a 400 naming the parameter ({@link ProblemHandler}), before anything is looked up.
 */
@Component
public class DocumentIdConverter implements Converter<String, DocumentId> {

    @Override
    public DocumentId convert(String value) {
        if (!DocumentId.isValid(value)) {
            throw new IllegalArgumentException(invalid("a document id", value));
        }
        return DocumentId.of(value);
    }

    /** The id given as parameter {@code name}, or a 400 that says what is wrong with it. */
    public static DocumentId parse(String name, String value) {
        if (!DocumentId.isValid(value)) {
            throw new BadRequestException(invalid(name, value));
        }
        return DocumentId.of(value);
    }

    static String invalid(String name, Object value) {
        return name + " must be 24 lower-case hex digits, not '" + value + "'";
    }
}
