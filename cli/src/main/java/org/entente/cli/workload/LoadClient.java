package org.entente.cli.workload;

import org.entente.devstack.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one command as a careful client does: with an {@code Idempotency-Key} of its own, sent again with the same
 * key after a timeout, a refused connection, a 5xx, a 429 or a 409 saying the key is still being handled, until it
 * gets an answer that says what became of it.
 */
public final class LoadClient {

    private static final HttpClient HTTP = Http.client();
    static final Duration GIVE_UP = Duration.ofMinutes(5);

    /** What became of a command: its status, the ETag's version on success, and the body. */
    public record Answer(int status, long version, String body) {

        public boolean accepted() {
            return status / 100 == 2;
        }
    }

    private final URI commandService;
    private final AtomicLong retries = new AtomicLong();

    public LoadClient(URI commandService) {
        this.commandService = commandService;
    }

    public Answer send(String token, String path, String body) throws InterruptedException {
        return send(token, path, body, null);
    }

    /** {@code fault}: the {@code Entente-Fault} header, for the one command of R5; null otherwise. */
    public Answer send(String token, String path, String body, String fault) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(commandService.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(fault == null ? Duration.ofSeconds(30) : Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (fault != null) {
            request.header("Entente-Fault", fault);
        }
        HttpRequest built = request.build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        long backOff = 100;
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
                if (!retryable(response)) {
                    return new Answer(response.statusCode(), version(response), response.body());
                }
            } catch (IOException timedOutOrRefused) {
                // The command may or may not have been handled: the same key tells the service on the next try.
            }
            if (System.nanoTime() > deadline) {
                return new Answer(0, -1, "no answer within " + GIVE_UP.toMinutes() + " min");
            }
            retries.incrementAndGet();
            Thread.sleep(backOff);
            backOff = Math.min(2_000, backOff * 2);
        }
    }

    long retries() {
        return retries.get();
    }

    private static boolean retryable(HttpResponse<String> response) {
        int status = response.statusCode();
        return status >= 500 || status == 429
                || status == 409 && response.body().contains("idempotency-key-in-use");
    }

    private static long version(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").map(etag -> etag.replaceAll("[^0-9]", ""))
                .filter(digits -> !digits.isEmpty()).map(Long::parseLong).orElse(-1L);
    }
}
