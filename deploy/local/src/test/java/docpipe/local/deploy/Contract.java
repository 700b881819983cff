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
            "DOCPIPE_INGEST_TOKEN", "DOCPIPE_INBOX_FOLDER", "DOCPIPE_TOPICS_REPLICATION_FACTOR", "JAVA_TOOL_OPTIONS");

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
