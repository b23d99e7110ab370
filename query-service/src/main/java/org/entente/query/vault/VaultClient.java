package org.entente.query.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks command-service's vault ({@code POST /vault/disclosures}) to open commitments, with the reader's token: the
 * vault decides what they may read. A vault that does not answer opens nothing: the page shows the commitments, and
 * the read goes on, as every read of the query side does while command-service is away.
 */
@Component
public class VaultClient {

    private static final Logger LOG = LoggerFactory.getLogger(VaultClient.class);
    /** As many as the vault opens in one request. */
    static final int BATCH = 1000;

    record Request(List<String> commitments) {
    }

    /**
     * A commitment the vault opened for the reader: its value and salt (base64), or, rectified, the new value and
     * the commitment that stands for it ({@code replacedBy}); erased, neither.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Opened(String commitment, String value, String salt, boolean erased, String replacedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Opened> disclosures) {
    }

    private final RestClient http;

    @Autowired
    VaultClient(RestClient.Builder builder, @Value("${entente.command-service.url}") String url) {
        this(builder.baseUrl(url).requestFactory(timeouts()).build());
    }

    VaultClient(RestClient http) {
        this.http = http;
    }

    private static SimpleClientHttpRequestFactory timeouts() {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(2_000);
        timeouts.setReadTimeout(10_000);
        return timeouts;
    }

    /** The values of the commitments opened for this reader, by commitment text; the erased ones are absent. */
    public Map<String, String> open(Collection<String> texts, String authorization) {
        Map<String, String> values = new HashMap<>();
        disclose(texts, authorization).values().stream().filter(opened -> !opened.erased() && opened.value() != null)
                .forEach(opened -> values.put(opened.commitment(), opened.value()));
        return values;
    }

    /**
     * Whatever the vault discloses of these commitments to this reader, by commitment text: what it does not give
     * (erased, never held, not theirs to read, or the vault away) is absent.
     */
    public Map<String, Opened> disclose(Collection<String> texts, String authorization) {
        Map<String, Opened> disclosed = new HashMap<>();
        List<String> all = new ArrayList<>(texts);
        for (int from = 0; from < all.size(); from += BATCH) {
            Answer answer = ask(all.subList(from, Math.min(all.size(), from + BATCH)), authorization);
            if (answer == null || answer.disclosures() == null) {
                return disclosed;
            }
            answer.disclosures().forEach(opened -> disclosed.put(opened.commitment(), opened));
        }
        return disclosed;
    }

    private Answer ask(List<String> texts, String authorization) {
        try {
            return http.post().uri("/vault/disclosures").header(HttpHeaders.AUTHORIZATION, authorization)
                    .body(new Request(List.copyOf(texts))).retrieve().body(Answer.class);
        } catch (RestClientException e) {
            LOG.warn("The vault did not open {} commitments: {}", texts.size(), e.getMessage());
            return null;
        }
    }
}
