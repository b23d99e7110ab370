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
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./entente status}: the health of a running installation as each service reports it: its database, its
 * broker, the lags (events stored but not yet published; records published but not yet in the read models), and
 * the notifier's mail backlog.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the health of a running installation: databases, broker, publication and consumer lag, "
                + "mail backlog.")
public final class StatusCommand implements Callable<Integer> {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--command-port", defaultValue = "8081")
    int commandPort;

    @Option(names = "--query-port", defaultValue = "8082")
    int queryPort;

    @Option(names = "--web-port", defaultValue = "8080")
    int webPort;

    @Option(names = "--notifier-port", defaultValue = "8083")
    int notifierPort;

    @Override
    public Integer call() {
        boolean allUp = print(System.out, "command-service", commandPort)
                & print(System.out, "query-service", queryPort)
                & print(System.out, "web", webPort)
                & printNotifier(System.out, notifierPort);
        return allUp ? 0 : 1;
    }

    /** Prints one service's health, a line per component with its figures; answers whether it is up. */
    public static boolean print(PrintStream out, String name, int port) {
        return print(out, name, port, health(port));
    }

    private static boolean print(PrintStream out, String name, int port, Optional<JsonNode> health) {
        if (health.isEmpty()) {
            out.printf("%-16s NOT RUNNING (nothing answers on port %d)%n", name, port);
            return false;
        }
        out.printf("%-16s %s (port %d)%n", name, health.get().path("status").asText("?"), port);
        for (Iterator<Map.Entry<String, JsonNode>> it = health.get().path("components").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> component = it.next();
            out.printf("  %-14s %-8s %s%n", component.getKey(), component.getValue().path("status").asText(),
                    details(component.getValue().path("details")));
        }
        return "UP".equals(health.get().path("status").asText());
    }

    /**
     * The notifier's health with its mail backlog (mails waiting, failing, the oldest, the last error). An
     * installation started without mail has none, and is not the worse for it; one whose mails fail is.
     */
    public static boolean printNotifier(PrintStream out, int port) {
        Optional<JsonNode> health = health(port);
        if (health.isEmpty()) {
            out.printf("%-16s not running (port %d): no mail is sent%n", "notifier", port);
            return true;
        }
        return print(out, "notifier", port, health);
    }

    private static Optional<JsonNode> health(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException | InterruptedException unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    private static String details(JsonNode details) {
        StringBuilder line = new StringBuilder();
        for (String figure : new String[]{"publicationLag", "storedEvents", "consumerLag", "brokers", "database",
                "alarms", "treeSize", "verifiedSize", "waiting", "failing", "oldestQueuedAt", "lastError", "reason",
                "error"}) {
            if (details.has(figure)) {
                line.append(figure).append('=').append(details.get(figure).asText()).append(' ');
            }
        }
        return line.toString().trim();
    }
}
