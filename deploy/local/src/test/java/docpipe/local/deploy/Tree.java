package docpipe.local.deploy;

import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML/JSON trees of maps and lists: {@code Tree.at(doc, "spec", "ports", 0, "port")}. */
final class Tree {

    private Tree() {
    }

    /** The value at {@code path} (map keys and list indexes), or null where the path does not exist. */
    static Object at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map && step instanceof String key) {
                current = map.get(key);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    static String string(Object root, Object... path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object root, Object... path) {
        Object value = at(root, path);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, Object... path) {
        Object value = at(root, path);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object root, Object... path) {
        return list(root, path).stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }
}
