package org.entente.cli.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.Http;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ./entente status}: the health of a running installation as each service reports it: its database, its
 * broker, and the lags (events stored but not yet published; records published but not yet in the read models).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the health of a running installation: databases, broker, publication and consumer lag.")
public final class StatusCommand implements Callable<Integer> {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--command-port", defaultValue = "8081")
    int commandPort;

    @Option(names = "--query-port", defaultValue = "8082")
    int queryPort;

    @Option(names = "--web-port", defaultValue = "8080")
    int webPort;

    @Override
    public Integer call() {
        boolean allUp = print(System.out, "command-service", commandPort)
                & print(System.out, "query-service", queryPort)
                & print(System.out, "web", webPort);
        return allUp ? 0 : 1;
    }

    /** Prints one service's health, a line per component with its figures; answers whether it is up. */
    public static boolean print(PrintStream out, String name, int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode health = JSON.readTree(response.body());
            out.printf("%-16s %s (port %d)%n", name, health.path("status").asText("?"), port);
            for (Iterator<Map.Entry<String, JsonNode>> it = health.path("components").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> component = it.next();
                out.printf("  %-14s %-8s %s%n", component.getKey(), component.getValue().path("status").asText(),
                        details(component.getValue().path("details")));
            }
            return "UP".equals(health.path("status").asText());
        } catch (IOException | InterruptedException unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            out.printf("%-16s NOT RUNNING (nothing answers on port %d)%n", name, port);
            return false;
        }
    }

    private static String details(JsonNode details) {
        StringBuilder line = new StringBuilder();
        for (String figure : new String[]{"publicationLag", "storedEvents", "consumerLag", "brokers", "database",
                "alarms", "treeSize", "verifiedSize", "reason", "error"}) {
            if (details.has(figure)) {
                line.append(figure).append('=').append(details.get(figure).asText()).append(' ');
            }
        }
        return line.toString().trim();
    }
}
