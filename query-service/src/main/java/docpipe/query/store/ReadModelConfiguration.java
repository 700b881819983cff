package docpipe.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
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
}
