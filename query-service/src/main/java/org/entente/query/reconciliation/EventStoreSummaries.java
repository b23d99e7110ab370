package org.entente.query.reconciliation;

import org.entente.query.web.Unavailable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the event store holds, asked of command-service over its API with the operator's own token: the query
 * side never reads the command database.
 */
@Component
class EventStoreSummaries {

    /** As command-service answers it. */
    record StoredPartnership(String id, long events, long lastSequence) {
    }

    record Summary(long events, long ledgerLeaves, long ledgerSize, List<StoredPartnership> partnerships) {

        /** Each partnership's number of stored events. */
        Map<String, Long> counts() {
            return partnerships.stream().collect(Collectors.toMap(StoredPartnership::id, StoredPartnership::events));
        }

        /** Partnerships whose stored sequence has a hole (never expected: the store's key forbids it). */
        long gaps() {
            return partnerships.stream().filter(p -> p.events() != p.lastSequence() + 1).count();
        }
    }

    private final RestClient http;

    EventStoreSummaries(RestClient.Builder builder, @Value("${entente.command-service.url}") String url) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(2_000);
        timeouts.setReadTimeout(60_000);
        this.http = builder.baseUrl(url).requestFactory(timeouts).build();
    }

    Summary summary(String authorization) {
        try {
            return http.get().uri("/admin/event-store/partnerships").header(HttpHeaders.AUTHORIZATION, authorization)
                    .retrieve().body(Summary.class);
        } catch (RestClientException e) {
            throw new Unavailable("reconciliation.event-store-unavailable",
                    "The event store could not be read through command-service; try again once it answers.", e);
        }
    }
}
