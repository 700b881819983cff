package docpipe.query.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the web console served at {@code /} needs to know about the rest of the stack.
 *
 * @param ingestUrl  the ingest service as the user's browser reaches it (uploads and reprocessing go there, across
 *                   origins); env {@code DOCPIPE_QUERY_CONSOLE_INGEST_URL}
 * @param grafanaUrl the Grafana dashboard the overview links to; empty when none runs (env
 *                   {@code DOCPIPE_QUERY_CONSOLE_GRAFANA_URL})
 */
@ConfigurationProperties("docpipe.query.console")
record ConsoleProperties(String ingestUrl, String grafanaUrl) {

    ConsoleProperties {
        ingestUrl = ingestUrl == null ? "" : ingestUrl.strip().replaceAll("/+$", "");
        grafanaUrl = grafanaUrl == null ? "" : grafanaUrl.strip();
    }
}
