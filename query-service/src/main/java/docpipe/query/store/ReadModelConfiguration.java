package docpipe.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    ReadModelCollections readModelCollections(MongoClient client, MongoProperties mongo, StoreProperties properties) {
        String name = mongo.getMongoClientDatabase();
        MongoDatabase database = client.getDatabase(name == null ? "docpipe" : name);
        ReadModelCollections collections = new ReadModelCollections(
                database.getCollection("documents"), database.getCollection("paragraphs"));
        if (properties.createIndexes()) {
            ReadModelIndexes.create(collections);
        }
        return collections;
    }

    /**
     * Replaces Boot's MongoDB health check, which sends {@code hello}: the embedded store answers only
     * {@code ping}, and {@code ping} is enough to know the store is reachable.
     */
    @Bean("mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoClient client, MongoProperties mongo) {
        return () -> {
            try {
                client.getDatabase("admin").runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", mongo.getMongoClientDatabase()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
