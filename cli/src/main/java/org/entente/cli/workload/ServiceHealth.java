package org.entente.cli.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A reading of a service's health: whether it is up, and its lags, to time faults and measurements by. */
public final class ServiceHealth {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceHealth() {
    }

    /** Waits for a health figure above zero, up to {@code limit}; answers the last one read. */
    public static long awaitFigure(URI service, String component, String figure, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long value = 0;
        while (System.nanoTime() < deadline) {
            value = Math.max(0, figure(service, component, figure));
            if (value > 0) {
                return value;
            }
            Thread.sleep(20);
        }
        return value;
    }

    /**
     * Waits until the query side's lag shrinks, so that it is applying records, and answers the lag then (0 when
     * there is nothing to apply within 10 s: it is killed idle).
     */
    public static long awaitConsuming(URI service) throws InterruptedException {
        long first = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long lag = figure(service, "consumption", "consumerLag");
            if (first < 0) {
                first = lag;
            } else if (lag > 0 && lag < first) {
                return lag;
            }
            Thread.sleep(20);
        }
        return 0;
    }

    public static void awaitHealthy(URI service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!"UP".equals(health(service).path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " not healthy 3 min after its restart");
            }
            Thread.sleep(200);
        }
    }

    /** One figure of one component of the service's health; -1 when the service does not say. */
    public static long figure(URI service, String component, String figure) {
        return health(service).path("components").path(component).path("details").path(figure).asLong(-1);
    }

    static JsonNode health(URI service) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException down) {
            return JSON.createObjectNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createObjectNode();
        }
    }
}
