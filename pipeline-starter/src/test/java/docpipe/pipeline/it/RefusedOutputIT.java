package docpipe.pipeline.it;

import docpipe.events.DocumentId;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.pipeline.StageDefinition;
import docpipe.pipeline.StageOutput;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stage whose output the broker refuses must not commit its input: the broker here first refuses the
 * result (larger than the output topic accepts), and the test checks that the input is processed again
 * once the topic accepts it, and that the output holds the result exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedOutputIT {

    static final String IN = "it.in";
    static final String OUT = "it.out";
    static final String GROUP = "refused-output-it";

    private EmbeddedKafkaKraftBroker broker;
    private ConfigurableApplicationContext stage;

    @BeforeAll
    void start() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(IN, 1, (short) 1),
                    new NewTopic(OUT, 1, (short) 1).configs(Map.of("max.message.bytes", "2000")))).all().get();
        }
        stage = new SpringApplicationBuilder(EchoStage.class).properties(
                "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "spring.kafka.consumer.group-id=" + GROUP,
                "spring.kafka.producer.properties.linger.ms=0",
                "spring.application.name=refused-output-it",
                "docpipe.topics.retry-backoff=200ms",
                "docpipe.topics.retry-for=60s",
                "docpipe.topics.publish-timeout=10s",
                "management.endpoint.health.group.readiness.include=readinessState,kafka").run();
    }

    @AfterAll
    void stop() {
        if (stage != null) {
            stage.close();
        }
        broker.destroy();
    }

    @Test
    void anOutputTheBrokerRefusesLeavesTheInputUncommittedAndItIsProcessedAgain() throws Exception {
        String key = "0123456789abcdef01234567";
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(IN, key, "\"go\"")).get();
        }
        EchoListener listener = stage.getBean(EchoListener.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.failures.get() >= 1);
        assertThat(committedInputOffset()).as("offset committed after a refused output").isZero();

        try (Admin admin = admin()) {
            var topic = new ConfigResource(ConfigResource.Type.TOPIC, OUT);
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry("max.message.bytes", "1000000"), AlterConfigOp.OpType.SET)))).all().get();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> committedInputOffset() == 1);
        assertThat(listener.attempts.get()).isGreaterThan(listener.failures.get());
        assertThat(outputKeys()).containsExactly(key);
    }

    private long committedInputOffset() throws Exception {
        try (Admin admin = admin()) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(IN, 0));
            return committed == null ? 0 : committed.offset();
        }
    }

    private List<String> outputKeys() {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(OUT, 0)));
            consumer.seekToBeginning(consumer.assignment());
            List<String> keys = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
            }
            return keys;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    /** The smallest stage: reads {@code it.in}, writes an incompressible 20 kB result to {@code it.out}. */
    @SpringBootApplication
    @Import(EchoListener.class)
    static class EchoStage {

        @Bean
        StageDefinition echoStage() {
            return StageDefinition.of("echo", "echo-service").consuming(IN).producing(OUT);
        }
    }

    static class EchoListener {

        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        private final StageOutput output;

        EchoListener(StageOutput output) {
            this.output = output;
        }

        @KafkaListener(topics = IN, properties = "spring.json.value.default.type=java.lang.String")
        void on(ConsumerRecord<String, String> record) {
            attempts.incrementAndGet();
            byte[] noise = new byte[10_000];
            new Random(attempts.get()).nextBytes(noise);
            DocumentId id = DocumentId.of(record.key());
            try {
                output.publish(OUT, id, HexFormat.of().formatHex(noise),
                        StatusChanged.reached(id, Stage.PARSED, "f.txt", "echo-service", Instant.now()));
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                throw e;
            }
        }
    }
}
