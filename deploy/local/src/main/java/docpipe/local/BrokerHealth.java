package docpipe.local;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The broker is up when a metadata request through the AdminClient lists at least one node. */
record BrokerHealth(String bootstrapServers) implements HealthCheck {

    @Override
    public boolean healthy() {
        if (!new PortProbe(bootstrapServers).open()) {
            return false;
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.CLIENT_ID_CONFIG, "docpipe-launcher");
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty();
        }
        catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String target() {
        return "kafka://" + bootstrapServers;
    }
}
