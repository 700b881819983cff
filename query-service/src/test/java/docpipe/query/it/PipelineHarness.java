package docpipe.query.it;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * What the integration tests share: a mongo-java-server on a random port, a producer that writes
 * records the way the other services do (JSON with type headers, lz4), an HTTP client for the
 * service and a way to wait until the service's consumer group has committed past a record.
 */
final class PipelineHarness {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static MongoServer mongo;

    private final EmbeddedKafkaBroker broker;
    private final KafkaTemplate<String, Object> producer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private String token;

    PipelineHarness(EmbeddedKafkaBroker broker, int port) {
        this.broker = broker;
        this.port = port;
        Map<String, Object> props = KafkaTestUtils.producerProps(broker);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JacksonJsonSerializer.class);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props));
    }

    static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
    }

    SendResult<String, Object> send(String topic, String key, Object value) {
        return producer.send(topic, key, value).join();
    }

    SendResult<String, Object> sendRaw(String topic, String key, byte[] value) {
        Map<String, Object> props = KafkaTestUtils.producerProps(broker);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.ByteArraySerializer.class);
        KafkaTemplate<String, byte[]> raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props));
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            SendResult<String, Object> result = (SendResult) raw.send(topic, key, value).join();
            return result;
        } finally {
            raw.destroy();
        }
    }

    /** Waits until the query service committed the offset after {@code sent}: it processed it (or dead-lettered it). */
    void awaitConsumed(SendResult<String, Object> sent) {
        TopicPartition partition = new TopicPartition(sent.getRecordMetadata().topic(), sent.getRecordMetadata().partition());
        long next = sent.getRecordMetadata().offset() + 1;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("query-service")
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() >= next;
            });
        }
    }

    /** The next record on {@code topic} from its start, read by a consumer group of its own. */
    org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> readOne(String topic, String key) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "reader-" + System.nanoTime(), false);
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(java.util.List.of(topic));
            java.util.concurrent.atomic.AtomicReference<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> found =
                    new java.util.concurrent.atomic.AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.set(r);
                    }
                });
                return found.get() != null;
            });
            return found.get();
        }
    }

    Response get(String path) {
        return get(path, "application/json");
    }

    /** Sends {@code Authorization: Bearer <token>} with every later request (for a service with a read token). */
    void useToken(String token) {
        this.token = token;
    }

    Response get(String path, String accept) {
        return get(path, accept, token == null ? null : "Bearer " + token);
    }

    /** A GET with the given {@code Authorization} header, or none when null. */
    Response get(String path, String accept, String authorization) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", accept).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("WWW-Authenticate").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    void close() {
        producer.destroy();
    }

    record Response(int status, String contentType, String body, String wwwAuthenticate) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
