package docpipe.local.top;

import java.util.Map;

/** One sample of the Prometheus text format: {@code name{label="value",…} 12.0}. */
record Sample(String name, Map<String, String> labels, double value) {

    String label(String key) {
        return labels.getOrDefault(key, "");
    }
}
