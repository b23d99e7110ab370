package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A client of the command API for tests: who calls, what they post, what comes back. */
record LifecycleHttp(TestRestTemplate http, ObjectMapper json) {

    static final String CCAS = "ccas-metz";
    static final String CAF = "caf-57";
    static final String LIGUE = "ligue-57";

    String propose() {
        ResponseEntity<String> response = post(CCAS, "/partnerships",
                Proposals.enfanceJeunesse(CCAS, CAF, LIGUE), null);
        return read(response).get("partnershipId").asText();
    }

    ResponseEntity<String> post(String institution, String path, String body, String ifMatch) {
        return postAs(TestTokens.token(institution, "partner", "signatory"), path, body, ifMatch);
    }

    ResponseEntity<String> postAs(String token, String path, String body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.postForEntity(path, new HttpEntity<>(body == null ? "{}" : body, headers), String.class);
    }

    ResponseEntity<String> getAs(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }
}
