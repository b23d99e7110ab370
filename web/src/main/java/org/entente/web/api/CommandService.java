package org.entente.web.api;

import org.entente.web.signin.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The command side's lifecycle endpoints, called as the signed-in person. Every step sends the version the
 * person saw ({@code If-Match}, so a step taken on a stale page is refused with 412) and the form's
 * {@code Idempotency-Key} (so a form submitted twice acts once).
 */
@Component
public class CommandService {

    private final RestClient client;

    CommandService(ServiceUrls urls, SignedIn signedIn) {
        this.client = Clients.forService(urls.command(), signedIn);
    }

    public Accepted send(String path, Object body, Long seenVersion, String idempotencyKey) {
        RestClient.RequestBodySpec request = client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .body(body);
        if (seenVersion != null) {
            request.header("If-Match", "\"" + seenVersion + "\"");
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return Clients.call("command-service", () -> request.retrieve().body(Accepted.class));
    }
}
