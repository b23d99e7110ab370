package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.TestStack;
import org.entente.devstack.Http;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Issue 11, requirement 5: an institution at ten times its quota gets 429 problem+json with Retry-After for the
 * excess and stores nothing for it; another institution is unaffected; and a refused request's Idempotency-Key is
 * not spent, so the same request is handled once the quota allows. Issue 19, requirement 4: anonymous reads of
 * the public log count against their client address's quota, signed-in reads against none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int QUOTA = 5;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
        registry.add("entente.rate-limit.per-minute", () -> QUOTA);
        registry.add("entente.rate-limit.burst", () -> QUOTA);
        registry.add("entente.rate-limit.public-per-minute", () -> QUOTA);
        registry.add("entente.rate-limit.public-burst", () -> QUOTA);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void anInstitutionAtTenTimesItsQuota_gets429ForTheExcess_andAnotherIsUnaffected() {
        List<ResponseEntity<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10 * QUOTA; i++) {
            answers.add(propose(CCAS, null));
        }
        List<ResponseEntity<String>> accepted = answers.stream().filter(a -> a.getStatusCode().value() == 201).toList();
        List<ResponseEntity<String>> limited = answers.stream().filter(a -> a.getStatusCode().value() == 429).toList();
        // The bucket refills at 5 a minute: one more may slip in while the test runs.
        assertThat(accepted.size()).isBetween(QUOTA, QUOTA + 1);
        assertThat(limited).hasSize(answers.size() - accepted.size());
        for (ResponseEntity<String> refused : limited) {
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(refused.getBody()).contains("\"code\":\"rate-limited\"");
            assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE "
                + "convert_from(metadata, 'UTF8') LIKE '%\"actorInstitution\":\"ccas-metz\"%'", Long.class))
                .isEqualTo(accepted.size());

        for (String other : new String[]{CAF, LIGUE}) {
            assertThat(propose(other, null).getStatusCode().value()).isEqualTo(201);
        }
    }

    @Test
    void aRefusedRequestsIdempotencyKey_isNotSpent() {
        String institution = "ville-de-metz";
        // Spend the quota: it is QUOTA, so a few more than that must meet the limit, or the limit does not hold.
        int proposals = 0;
        while (propose(institution, null).getStatusCode().value() == 201) {
            assertThat(++proposals).as("proposals accepted before the first 429 (the quota is %d)", QUOTA)
                    .isLessThanOrEqualTo(QUOTA + 1);
        }
        ResponseEntity<String> refused = propose(institution, "rate-limit-key-1");
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE key = 'rate-limit-key-1'",
                Long.class)).isZero();
    }

    @Test
    void anonymousReadsOfThePublicLog_areCountedPerClientAddress_signedInReadsAreNot() throws Exception {
        HttpClient http = Http.client();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10 * QUOTA; i++) {
            answers.add(readKey(http, "127.0.0.1", null));
        }
        List<HttpResponse<String>> limited = answers.stream().filter(a -> a.statusCode() == 429).toList();
        assertThat(answers.size() - limited.size()).as("anonymous reads served").isBetween(QUOTA, QUOTA + 1);
        assertThat(answers).allMatch(a -> a.statusCode() == 200 || a.statusCode() == 429);
        for (HttpResponse<String> refused : limited) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("\"code\":\"rate-limited\"", "127.0.0.1");
            assertThat(Long.parseLong(refused.headers().firstValue(HttpHeaders.RETRY_AFTER).orElseThrow()))
                    .isPositive();
        }
        String token = TestTokens.token("observatoire-57", "reporter");
        for (int i = 0; i < 2 * QUOTA; i++) {
            assertThat(readKey(http, "127.0.0.1", token).statusCode()).as("signed in, same address").isEqualTo(200);
        }
        assertThat(statusFrom("127.0.0.2")).as("another address").isEqualTo(200);
    }

    /** An anonymous read of the key from another loopback address (the JDK's client cannot choose its own). */
    private int statusFrom(String address) throws Exception {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(10_000);
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(("GET /ledger/key HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private HttpResponse<String> readKey(HttpClient http, String address, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + port
                + "/ledger/key"));
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }


    private ResponseEntity<String> propose(String institution, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token(institution, "partner"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        List<String> others = new ArrayList<>(List.of(CCAS, CAF, LIGUE));
        others.remove(institution);
        return rest.postForEntity("/partnerships", new HttpEntity<>(Proposals.enfanceJeunesse(institution,
                others.get(0), others.get(1)), headers), String.class);
    }
}
