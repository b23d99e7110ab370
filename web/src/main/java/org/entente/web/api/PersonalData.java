package org.entente.web.api;

import org.entente.web.signin.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An administrator's commands on a person's personal data (docs/ledger.md §9), called as the signed-in person with
 * the form's {@code Idempotency-Key}: a form sent twice erases or corrects once. The person is named by the
 * identifier their identity provider gives them, the one the record shows as who acted.
 */
@Component
public class PersonalData {

    private final RestClient client;

    PersonalData(ServiceUrls urls, SignedIn signedIn) {
        this.client = Clients.forService(urls.command(), signedIn);
    }

    /** Whom the identifier names: their names as recorded now, and how many values in how many partnerships. */
    public Held held(String personId) {
        return Clients.call("command-service",
                () -> client.get().uri("/admin/people/{personId}", personId).retrieve().body(Held.class));
    }

    /** The person's key destroyed and their values deleted, in every partnership that held them. */
    public Erased erase(String personId, String idempotencyKey) {
        return send("/admin/people/{personId}/erasure", personId, null, idempotencyKey, Erased.class);
    }

    /** The person's name, or capacity as a signatory, or both (null: unchanged), corrected wherever recorded. */
    public Rectified rectify(String personId, String name, String capacity, String idempotencyKey) {
        Map<String, String> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return send("/admin/people/{personId}/rectification", personId, body, idempotencyKey, Rectified.class);
    }

    private <T> T send(String path, String personId, Object body, String idempotencyKey, Class<T> answer) {
        RestClient.RequestBodySpec request = client.post().uri(path, personId)
                .header("Idempotency-Key", idempotencyKey);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return Clients.call("command-service", () -> request.retrieve().body(answer));
    }

    /** A person's names as recorded now (none when they hold no name), and how many of their values where. */
    public record Held(String personId, List<String> names, int values, int partnerships) {

        public Held {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** How many values were erased, in how many partnerships. */
    public record Erased(int values, int partnerships) {
    }

    /** In how many partnerships the name, and the capacity, were corrected. */
    public record Rectified(int partnerships, int capacityPartnerships) {
    }
}
