package org.entente.cli;

import org.entente.devstack.Http;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Reads a server-sent event stream for a while, as a subscriber would, and answers what came. */
final class FeedReader {

    private static final HttpClient HTTP = Http.client();

    private FeedReader() {
    }

    static String read(URI feed, String token, Duration during) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(feed)
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (read) {
                        read.write(buffer, 0, n);
                    }
                }
            } catch (java.io.IOException closed) {
                // The stream ends when we stop reading.
            }
        }, "feed-reader");
        reader.setDaemon(true);
        reader.start();
        reader.join(during.toMillis());
        response.body().close();
        synchronized (read) {
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
