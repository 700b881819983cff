package docpipe.local.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The metric names that the alert rules ({@code prometheus/alerts.yml}) and the Grafana dashboards
 * ({@code grafana/dashboards/*.json}) query, so that a test against running services can check each of them is
 * really published at {@code /actuator/prometheus}.
 */
public final class MonitoredMetrics {

    /** Series Prometheus makes itself, not the services. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added", "ALERTS", "ALERTS_FOR_STATE");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SERIES_SUFFIX = Pattern.compile("_(?:bucket|count|sum)$");

    private MonitoredMetrics() {
    }

    /**
     * The metric names, in Prometheus form, that the services must publish for the alert rules and dashboards of
     * {@code deployDir} (the repository's {@code deploy/} folder) to show data. Histogram and summary series are
     * given by their base name ({@code docpipe_stage_duration_seconds} for {@code ..._bucket}, {@code ..._count},
     * {@code ..._sum}): a scrape publishes the metric when some sample's name starts with it. Counters keep their
     * {@code _total}. Series that Prometheus makes itself ({@code up}, {@code scrape_*}) are left out. Kafka's
     * consumer-lag gauges appear only once a consumer has been assigned partitions.
     */
    public static Set<String> referencedIn(Path deployDir) {
        Set<String> names = new TreeSet<>();
        for (String series : seriesReferencedIn(deployDir)) {
            if (!PROMETHEUS_OWN.contains(series) && !series.startsWith("scrape_")) {
                names.add(SERIES_SUFFIX.matcher(series).replaceFirst(""));
            }
        }
        return names;
    }

    /** Every series name, exactly as queried (suffixes kept, Prometheus' own series included). */
    public static Set<String> seriesReferencedIn(Path deployDir) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressionsIn(deployDir)) {
            names.addAll(metricNamesIn(expression));
        }
        return names;
    }

    /** Every PromQL expression of the alert rules and the dashboards under {@code deployDir}. */
    static List<String> expressionsIn(Path deployDir) {
        List<String> expressions = new ArrayList<>();
        expressions.addAll(alertExpressions(deployDir.resolve("prometheus").resolve("alerts.yml")));
        try (var files = Files.list(deployDir.resolve("grafana").resolve("dashboards"))) {
            for (Path dashboard : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                expressions.addAll(dashboardExpressions(dashboard));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expressions;
    }

    static List<String> alertExpressions(Path rulesFile) {
        Object rules;
        try {
            rules = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(rulesFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> group : Tree.maps(rules, "groups")) {
            for (Map<String, Object> rule : Tree.maps(group, "rules")) {
                expressions.add(String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }

    static List<String> dashboardExpressions(Path dashboardFile) {
        JsonNode dashboard;
        try {
            dashboard = new ObjectMapper().readTree(Files.readString(dashboardFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> expressions = new ArrayList<>();
        collectPanelExpressions(dashboard.path("panels"), expressions);
        return expressions;
    }

    private static void collectPanelExpressions(JsonNode panels, List<String> expressions) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString("");
                if (!expr.isBlank()) {
                    expressions.add(expr);
                }
            }
            collectPanelExpressions(panel.path("panels"), expressions);
        }
    }

    /**
     * The metric names in one PromQL expression: identifiers that are neither functions nor aggregations (followed
     * by a parenthesis), keywords, label names (inside braces or grouping clauses), durations, or Grafana variables.
     */
    static Set<String> metricNamesIn(String promql) {
        String stripped = STRING.matcher(promql).replaceAll(" ");
        stripped = LABEL_MATCHERS.matcher(stripped).replaceAll(" ");
        stripped = RANGES.matcher(stripped).replaceAll(" ");
        stripped = GROUPING.matcher(stripped).replaceAll(" ");
        stripped = VARIABLE.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(stripped);
        while (identifier.find()) {
            String name = identifier.group();
            if (!KEYWORDS.contains(name) && !followedByParenthesis(stripped, identifier.end())) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean followedByParenthesis(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }
}
