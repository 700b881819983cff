package docpipe.pipeline;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by a {@code ping} command, which real MongoDB and the embedded MongoDB-wire store both
 * answer (Spring Boot's own indicator sends {@code hello}, which the embedded store lacks).
 * Services register it as {@code mongoHealthIndicator} (shown as {@code mongo}) in their readiness group.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongo;

    public MongoPingHealthIndicator(MongoClient mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up();
    }
}
