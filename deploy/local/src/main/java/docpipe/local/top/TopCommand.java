package docpipe.local.top;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./docpipe top}: a live per-stage summary of the running stack read from the services'
 * {@code /actuator/prometheus}, without installing Prometheus. {@code --once} prints one summary and exits.
 */
public final class TopCommand {

    private final Map<String, URI> metricsByStage;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param portsByStage the HTTP port of the service of each stage (ingest, parse, enrich, store) */
    public TopCommand(Map<String, Integer> portsByStage) {
        metricsByStage = new LinkedHashMap<>();
        portsByStage.forEach((stage, port) ->
                metricsByStage.put(stage, URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")));
    }

    public int run(List<String> arguments, PrintStream out) throws InterruptedException {
        boolean once = arguments.contains("--once");
        Duration every = Duration.ofSeconds(2);
        PipelineSummary.Summary previous = null;
        long previousAt = 0;
        while (true) {
            long now = System.nanoTime();
            var scraped = scrape(out);
            var summary = PipelineSummary.of(scraped, previous, previous == null ? 0 : (now - previousAt) / 1e9);
            if (!once) {
                out.print("\033[H\033[2J");
            }
            out.println("docpipe pipeline — " + java.time.LocalTime.now().withNano(0)
                    + (once ? "" : "   (every 2 s; Ctrl-C to quit)"));
            out.print(PipelineSummary.render(summary));
            out.flush();
            if (once) {
                return scraped.size() == metricsByStage.size() ? 0 : 1;
            }
            previous = summary;
            previousAt = now;
            Thread.sleep(every.toMillis());
        }
    }

    private Map<String, List<Sample>> scrape(PrintStream out) {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        metricsByStage.forEach((stage, uri) -> {
            try {
                var response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    samples.put(stage, PrometheusText.parse(response.body()));
                } else {
                    out.println(stage + ": " + uri + " answered " + response.statusCode());
                }
            } catch (Exception e) {
                out.println(stage + ": " + uri + " is not answering (" + e.getClass().getSimpleName() + ")");
            }
        });
        return samples;
    }
}
