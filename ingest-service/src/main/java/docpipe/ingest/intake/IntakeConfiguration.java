package docpipe.ingest.intake;

import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    GridFSBucket rawFiles(MongoClient mongo, MongoProperties mongoProperties, IngestProperties properties) {
        return GridFSBuckets.create(mongo.getDatabase(mongoProperties.getMongoClientDatabase()), properties.bucket());
    }

    /** The chunks collection of the GridFS bucket, to clear what an interrupted upload left. */
    @Bean
    PartialUploads partialUploads(MongoClient mongo, MongoProperties mongoProperties, IngestProperties properties) {
        return new PartialUploads(mongo.getDatabase(mongoProperties.getMongoClientDatabase())
                .getCollection(properties.bucket() + ".chunks"));
    }

    @Bean
    UploadLedger uploadLedger(MongoClient mongo, MongoProperties mongoProperties) {
        String database = mongoProperties.getMongoClientDatabase();
        return new UploadLedger(mongo.getDatabase(database).getCollection("uploads"), database);
    }
}
