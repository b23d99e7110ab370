package org.entente.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.demo.Demo;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until a restored installation has published every event and rebuilt every read model: the query side
 * shows as many partnerships as the backup holds, and neither service reports a lag. Says how far it is, now and
 * then, since a large restore takes a while.
 */
final class CatchUp {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private CatchUp() {
    }

    static void await(Stack stack, BackupManifest manifest, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Instant nextReport = Instant.now().plus(REPORT_EVERY);
        while (true) {
            long visible = visiblePartnerships(stack);
            long publicationLag = lag(stack.commandService(), "publication", "publicationLag");
            long consumerLag = lag(stack.queryService(), "consumption", "consumerLag");
            if (visible == manifest.partnerships() && publicationLag == 0 && consumerLag == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(String.format("the read models were not rebuilt within %d min "
                        + "(%d of %d partnerships visible)", timeout.toMinutes(), visible, manifest.partnerships()));
            }
            if (Instant.now().isAfter(nextReport)) {
                System.out.printf("  %d of %d partnerships visible; %d events still to publish, %d records to "
                        + "project%n", visible, manifest.partnerships(), publicationLag, consumerLag);
                nextReport = Instant.now().plus(REPORT_EVERY);
            }
            Thread.sleep(500);
        }
    }

    private static long visiblePartnerships(Stack stack) {
        try {
            return new Demo(stack.commandService(), stack.queryService(), stack.signingKey()).partnerships();
        } catch (Exception notYet) {
            return -1;
        }
    }

    /** A figure of one health component, or -1 while it is not reported. */
    private static long lag(URI service, String component, String figure) throws InterruptedException {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(service.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(health.body()).path("components").path(component).path("details")
                    .path(figure);
            return value.isNumber() ? value.asLong() : -1;
        } catch (IOException notAnswering) {
            return -1;
        }
    }
}
