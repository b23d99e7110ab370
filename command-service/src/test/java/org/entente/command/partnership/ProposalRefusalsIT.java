package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.command.TestStack;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refused proposal answers problem+json with the right status and code, and stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalRefusalsIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        eventsBefore = storedEvents();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Nested
    class Unauthenticated {

        @Test
        void withoutAToken_401() throws Exception {
            assertProblem(post(null, valid()), 401, "unauthenticated");
        }

        @Test
        void withATokenSignedByAStranger_401() throws Exception {
            assertProblem(post(TestTokens.signedByAStranger("ccas-metz"), valid()), 401, "unauthenticated");
        }

        @Test
        void withAnExpiredToken_401() throws Exception {
            assertProblem(post(TestTokens.expired("ccas-metz"), valid()), 401, "unauthenticated");
        }
    }

    @Nested
    class Forbidden {

        @Test
        void anAuditor_cannotPropose() throws Exception {
            assertProblem(post(TestTokens.token("cour-des-comptes", "auditor"), valid()), 403,
                    "partner-role-required");
        }
    }

    @Nested
    class BadInput {

        @Test
        void anUnknownField_400() throws Exception {
            ObjectNode body = valid();
            body.put("budget", 12);

            JsonNode problem = assertProblem(post(partner(), body), 400, "malformed-body");
            assertThat(problem.get("detail").asText()).contains("budget");
        }

        @Test
        void aMissingTitle_400_namesTheField() throws Exception {
            ObjectNode body = valid();
            body.remove("title");

            JsonNode problem = assertProblem(post(partner(), body), 400, "invalid-request");
            assertThat(problem.get("errors").findValuesAsText("field")).contains("title");
        }

        @Test
        void aNumberOfSixteenSignificantDigits_400_namesTheField() throws Exception {
            ObjectNode body = valid();
            ((ObjectNode) body.at("/terms/objectives/0/indicators/0")).put("target",
                    new java.math.BigDecimal("1234567890123.457"));

            JsonNode problem = assertProblem(post(partner(), body), 400, "invalid-request");
            assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(
                    "terms.objectives[0].indicators[0].target");
        }

        @Test
        void anUnknownPartnershipType_400() throws Exception {
            ObjectNode body = valid();
            body.put("type", "FRIENDSHIP");

            assertProblem(post(partner(), body), 400, "malformed-body");
        }

        @Test
        void aTitleBeyondItsBound_400() throws Exception {
            ObjectNode body = valid();
            body.put("title", "x".repeat(201));

            assertProblem(post(partner(), body), 400, "invalid-request");
        }

        @Test
        void aBodyOverOneMebibyte_413() throws Exception {
            ObjectNode body = valid();
            body.put("purpose", "x".repeat(1024 * 1024));

            assertProblem(post(partner(), body), 413, "body-too-large");
        }

        @Test
        void aChunkedBodyOverOneMebibyte_413() throws Exception {
            ObjectNode body = valid();
            body.put("purpose", "x".repeat(1024 * 1024));
            java.net.http.HttpResponse<String> response = org.entente.devstack.Http.client().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + "/partnerships"))
                            .header("Authorization", "Bearer " + partner())
                            .header("Content-Type", "application/json")
                            // No declared length: the limit is enforced while reading.
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new java.io.ByteArrayInputStream(body.toString().getBytes())))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("body-too-large");
        }

        /**
         * Issue 30, requirement 7: a client that sends a body far over the limit reads the 413, every time, rather
         * than a broken pipe: the server reads and discards such a body (up to 16 MiB) before it answers.
         */
        @RepeatedTest(15)
        void aSixMebibyteBody_declaredOrChunked_isAnswered413_everyTime() throws Exception {
            byte[] huge = ("{\"purpose\":\"" + "é".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(huge),
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))) {
                HttpResponse<String> response = org.entente.devstack.Http.client().send(HttpRequest.newBuilder(
                                URI.create(http.getRootUri() + "/partnerships"))
                        .header("Authorization", "Bearer " + partner()).header("Content-Type", "application/json")
                        .POST(body).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(413);
                assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("body-too-large");
            }
        }

        /**
         * Beyond what is discarded, the refusal comes at once, before the body is sent, and says the connection
         * closes (what the server still reads of such a body afterwards is Tomcat's bounded swallow).
         */
        @Test
        void aBodyDeclaredBeyondWhatIsDiscarded_isRefusedBeforeItIsSent_andItsConnectionClosed() throws Exception {
            URI root = URI.create(http.getRootUri());
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /partnerships HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + partner() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + (64L * 1024 * 1024) + "\r\n\r\n{\"purpose\":\"").getBytes(
                        StandardCharsets.US_ASCII));
                String answer = readUntil(socket.getInputStream(), "body-too-large");

                assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Connection: close");
            }
        }

        /** What the server sent until {@code expected} appeared, within the socket's timeout. */
        private static String readUntil(java.io.InputStream in, String expected) throws java.io.IOException {
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!received.toString(StandardCharsets.UTF_8).contains(expected)) {
                int count = in.read(buffer);
                if (count < 0) {
                    break;
                }
                received.write(buffer, 0, count);
            }
            return received.toString(StandardCharsets.UTF_8);
        }

        @Test
        void notJsonAtAll_400() throws Exception {
            assertProblem(post(partner(), "{not json"), 400, "malformed-body");
        }
    }

    @Nested
    class RulesBroken {

        @Test
        void aPartnershipOfOne_422() throws Exception {
            ObjectNode body = valid();
            body.putArray("invitations");

            assertProblem(post(partner(), body), 422, "not-enough-partners");
        }

        @Test
        void endingBeforeStarting_422() throws Exception {
            ObjectNode body = valid();
            ((ObjectNode) body.at("/terms/duration")).put("end", "2025-12-31");

            assertProblem(post(partner(), body), 422, "end-before-start");
        }

        @Test
        void aNegativeContribution_422() throws Exception {
            ObjectNode body = valid();
            ((ObjectNode) body.at("/terms/contributions/0")).put("amountEur", -1);

            assertProblem(post(partner(), body), 422, "negative-amount");
        }

        @Test
        void invitingTheLeadItself_422() throws Exception {
            ObjectNode body = valid();
            ((ObjectNode) body.at("/invitations/0")).put("institutionId", "ccas-metz");

            assertProblem(post(partner(), body), 422, "duplicate-partner");
        }

        @Test
        void aSecondLead_422() throws Exception {
            ObjectNode body = valid();
            ((ObjectNode) body.at("/invitations/0")).put("role", "LEAD");

            assertProblem(post(partner(), body), 422, "second-lead");
        }

        @Test
        void aContributionFromOutsideThePartnership_422() throws Exception {
            ObjectNode body = valid();
            ((ObjectNode) body.at("/terms/contributions/0")).put("institutionId", "somebody-else");

            assertProblem(post(partner(), body), 422, "contributor-not-a-partner");
        }
    }

    private static String partner() {
        return TestTokens.token("ccas-metz", "partner");
    }

    private ObjectNode valid() throws Exception {
        return (ObjectNode) json.readTree(Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57"));
    }

    private ResponseEntity<String> post(String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/partnerships", new HttpEntity<>(body.toString(), headers), String.class);
    }

    private JsonNode assertProblem(ResponseEntity<String> response, int status, String code) throws Exception {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
    }
}
