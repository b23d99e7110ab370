package org.entente.web.api;

import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The query side's feed of events, from the latest on, read with the signed-in person's token as server-sent
 * event lines. One stream per open page; it lasts as long as the page, so it has a connection timeout and no
 * request timeout: its reader ends it by closing it.
 */
@Component
public class LiveFeed {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI feed;

    LiveFeed(ServiceUrls urls) {
        this.feed = urls.query().resolve("/feed?from=latest");
    }

    /** Opens a stream; its lines come once the query side has answered. */
    public Upstream open(String token) {
        HttpRequest request = HttpRequest.newBuilder(feed).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        return new Upstream(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
    }

    /** One open stream of the feed. */
    public static final class Upstream {

        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        private Upstream(CompletableFuture<HttpResponse<Stream<String>>> response) {
            this.response = response;
        }

        /** The stream's lines; none when the query side refused it (an expired token, say). */
        public CompletableFuture<Stream<String>> lines() {
            return response.thenApply(answer -> {
                if (answer.statusCode() == 200) {
                    return answer.body();
                }
                answer.body().close();
                return Stream.empty();
            });
        }

        /** Ends the stream, whether it is open already or still being opened. */
        public void close() {
            response.thenAccept(answer -> answer.body().close());
            response.cancel(true);
        }
    }
}
