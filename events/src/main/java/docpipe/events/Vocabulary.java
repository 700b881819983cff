package docpipe.events;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The strict reading of a closed vocabulary: the constant's exact name, as written on the wire; any other name
 * is an error that says what was expected.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static <E extends Enum<E>> E strict(Class<E> type, String what, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "', expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
