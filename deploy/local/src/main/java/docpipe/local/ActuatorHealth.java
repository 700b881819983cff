package docpipe.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A Spring Boot service is up when {@code /actuator/health} answers 200 with status UP. */
record ActuatorHealth(URI healthUrl) implements HealthCheck {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static ActuatorHealth onPort(int port) {
        return new ActuatorHealth(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
    }

    @Override
    public boolean healthy() {
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String diagnose() {
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return healthUrl + " answers " + response.statusCode() + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
        catch (IOException e) {
            return healthUrl + " does not answer (" + e.getClass().getSimpleName() + ")";
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return healthUrl + " was not asked (interrupted)";
        }
    }

    @Override
    public String target() {
        return healthUrl.toString();
    }
}
