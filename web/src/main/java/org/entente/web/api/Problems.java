package org.entente.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;

import java.io.IOException;

/** Reads a service's RFC 9457 problem into a {@link Refusal}; a body that is not one still gets a stable code. */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static Refusal read(HttpStatusCode status, byte[] body) {
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.hasNonNull("code")) {
                return new Refusal(status.value(), problem.get("code").asText(), problem.path("detail").asText(""));
            }
        } catch (IOException notJson) {
            // A proxy's error page, say: fall through to a code made of the status.
        }
        return new Refusal(status.value(), "http-" + status.value(), "The service answered " + status.value());
    }
}
