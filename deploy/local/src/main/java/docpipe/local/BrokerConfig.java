package docpipe.local;

import java.nio.file.Path;
import java.util.Properties;

/** The single-node KRaft configuration of the local broker (broker and controller in one process). */
final class BrokerConfig {

    /** Fixed so that formatting is repeatable; any 16 bytes in URL-safe base64 (22 characters) would do. */
    static final String CLUSTER_ID = "ZG9jcGlwZS1sb2NhbC0wMQ";

    private BrokerConfig() {
    }

    static Properties singleNode(Path logDirectory) {
        return singleNode(logDirectory, Ports.BROKER, Ports.CONTROLLER);
    }

    static Properties singleNode(Path logDirectory, int brokerPort, int controllerPort) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        properties.setProperty("num.partitions", "3");
        properties.setProperty("default.replication.factor", "1");
        properties.setProperty("min.insync.replicas", "1");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        // one local consumer per group: no reason to wait for more members before the first assignment
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        return properties;
    }
}
