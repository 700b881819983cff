package docpipe.local.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The public deployment contract of /work/shared/DESIGN.md that the files under deploy/ must follow. */
final class Contract {

    /** Service name to its HTTP port. */
    static final Map<String, Integer> PORTS = ports();

    /** The environment variables the services read; deploy files may set no other. */
    static final Set<String> SERVICE_ENV = Set.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_MONGODB_URI", "SERVER_PORT",
            "DOCPIPE_INGEST_TOKEN", "DOCPIPE_INBOX_FOLDER", "DOCPIPE_TOPICS_REPLICATION_FACTOR", "JAVA_TOOL_OPTIONS",
            "DOCPIPE_QUERY_READ_TOKEN", "DOCPIPE_PARSE_CHILD_HEAP", "SPRING_KAFKA_SECURITY_PROTOCOL",
            "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
            "SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION");

    /** Variables that carry a credential: they may only come from a Secret (Kubernetes) or a required variable (Compose). */
    static final Set<String> SECRET_ENV = Set.of("DOCPIPE_INGEST_TOKEN", "DOCPIPE_QUERY_READ_TOKEN", "SPRING_MONGODB_URI",
            "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");

    /**
     * The topics each service's Kafka user may write: its own output, the status topic every stage reports on, and the
     * dead-letter topic of what it consumes. Nothing else, so no service can forge another stage's events.
     */
    static final Map<String, Set<String>> WRITES = Map.of(
            "ingest-service", Set.of("docs.received", "docs.status", "docs.status.DLT"),
            "parse-service", Set.of("docs.parsed", "docs.status", "docs.received.DLT"),
            "enrich-service", Set.of("docs.enriched", "docs.status", "docs.parsed.DLT"),
            "query-service", Set.of("docs.status", "docs.enriched.DLT", "docs.status.DLT"));

    /** Values that were published as examples or defaults somewhere and must never be a credential. */
    static final Set<String> KNOWN_PLACEHOLDERS = Set.of("dev-token", "change-me", "changeme", "dev-password", "admin",
            "password", "secret", "s3cret");

    /** Variables only the ingest service gets. */
    static final Set<String> INGEST_ONLY_ENV = Set.of("DOCPIPE_INGEST_TOKEN", "DOCPIPE_INBOX_FOLDER");

    /** Consuming services: their consumer group has the service's name. */
    static final Set<String> CONSUMERS = Set.of("parse-service", "enrich-service", "query-service");

    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";
    static final String METRICS = "/actuator/prometheus";

    private Contract() {
    }

    /**
     * Whether {@code service} talks to MongoDB, read from its pom (the MongoDB starter or driver): only those get
     * {@code SPRING_MONGODB_URI}, so the deploy files follow the services as they change.
     */
    static boolean usesMongo(String service) {
        String pom = DeployFiles.read(DeployFiles.repositoryRoot().resolve(service).resolve("pom.xml"));
        return pom.contains("<artifactId>spring-boot-starter-mongodb</artifactId>")
                || pom.contains("<artifactId>mongodb-driver-sync</artifactId>");
    }

    private static Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("ingest-service", 8081);
        ports.put("parse-service", 8082);
        ports.put("enrich-service", 8083);
        ports.put("query-service", 8084);
        return Map.copyOf(ports);
    }
}
