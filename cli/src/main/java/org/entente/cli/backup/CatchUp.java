package org.entente.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.demo.Demo;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.DevSigningKey;
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
 * shows as many partnerships as the backup holds, and neither service reports a lag, nor the notifier when it runs
 * (it has then read every event again, and queued what its restored log did not hold). Says how far it is, now and
 * then, since a large restore takes a while. Every probe is bounded by what is left of the wait, so a service that
 * accepts connections and never answers ends the wait at its deadline, not a probe's timeout later.
 */
final class CatchUp {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final Duration PROBE = Duration.ofSeconds(10);

    /** What was seen last: -1 where a service did not answer. */
    private record Seen(long visible, long publicationLag, long consumerLag, long notifierLag) {

        boolean caughtUp(BackupManifest manifest) {
            return visible == manifest.partnerships() && publicationLag == 0 && consumerLag == 0 && notifierLag == 0;
        }

        String against(BackupManifest manifest) {
            return String.format("%s of %d partnerships visible, %s events still to publish, %s records to project, "
                    + "%s records for the notifier to read", said(visible), manifest.partnerships(),
                    said(publicationLag), said(consumerLag), said(notifierLag));
        }
    }

    private CatchUp() {
    }

    static void await(Stack stack, BackupManifest manifest, Duration timeout) throws InterruptedException {
        await(stack.commandService(), stack.queryService(), stack.runsMail() ? stack.notifier() : null,
                stack.signingKey(), manifest, timeout);
    }

    /** With {@code notifier} null where none runs. */
    static void await(URI commandService, URI queryService, URI notifier, DevSigningKey key, BackupManifest manifest,
            Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Instant nextReport = Instant.now().plus(REPORT_EVERY);
        while (true) {
            Seen seen = new Seen(visiblePartnerships(commandService, queryService, key, probe(deadline)),
                    lag(commandService, "publication", "publicationLag", probe(deadline)),
                    lag(queryService, "consumption", "consumerLag", probe(deadline)),
                    notifier == null ? 0 : lag(notifier, "consumption", "consumerLag", probe(deadline)));
            if (seen.caughtUp(manifest)) {
                return;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for the read models to be "
                        + "rebuilt; last seen: " + seen.against(manifest));
            }
            if (Instant.now().isAfter(nextReport)) {
                System.out.println("  " + seen.against(manifest));
                nextReport = Instant.now().plus(REPORT_EVERY);
            }
            Thread.sleep(500);
        }
    }

    /** A probe's timeout: {@link #PROBE}, or what is left of the wait if less (never under 100 ms). */
    private static Duration probe(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.compareTo(PROBE) < 0 ? Duration.ofMillis(Math.max(100, left.toMillis())) : PROBE;
    }

    private static String said(long figure) {
        return figure < 0 ? "(no answer)" : Long.toString(figure);
    }

    private static long visiblePartnerships(URI commandService, URI queryService, DevSigningKey key,
            Duration timeout) {
        try {
            return new Demo(commandService, queryService, key).partnerships(timeout);
        } catch (Exception notYet) {
            return -1;
        }
    }

    /** A figure of one health component, or -1 while it is not reported. */
    private static long lag(URI service, String component, String figure, Duration timeout)
            throws InterruptedException {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(service.resolve("/actuator/health"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(health.body()).path("components").path(component).path("details")
                    .path(figure);
            return value.isNumber() ? value.asLong() : -1;
        } catch (IOException notAnswering) {
            return -1;
        }
    }
}
