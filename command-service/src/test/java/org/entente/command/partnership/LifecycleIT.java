package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.TestStack;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/** The whole life of a partnership through HTTP against a real database and broker, and its refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private LifecycleHttp http;

    @BeforeEach
    void client() {
        http = new LifecycleHttp(rest, json);
    }

    @Test
    void fromProposal_toDissolution() {
        String id = http.propose();
        String p = "/partnerships/" + id;
        ok(http.post(CAF, p + "/acceptance", null, "\"2\""));
        ok(http.post(LIGUE, p + "/acceptance", null, null));
        JsonNode terms = http.read(ResponseEntity.ok(Proposals.enfanceJeunesse(CCAS, CAF, LIGUE))).get("terms");
        String counter = "{\"baseVersion\":1,\"rationale\":\"The board cut the budget\",\"terms\":" + terms + "}";
        ok(http.post(CAF, p + "/terms", counter, null));
        String v2 = termsHash(id, 2);
        ok(http.post(CCAS, p + "/terms/2/approvals", "{\"termsHash\":\"" + v2 + "\"}", null));
        ok(http.post(CAF, p + "/terms/2/approvals", "{}", null));
        ok(http.post(LIGUE, p + "/terms/2/approvals", "{}", null));
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            ok(http.post(institution, p + "/signatures", "{\"termsHash\":\"" + v2 + "\",\"capacity\":\"Director\"}",
                    null));
        }
        ok(http.post(CAF, p + "/evaluations", """
                {"periodStart":"2026-01-01","periodEnd":"2026-12-31","findings":"Steering works",
                 "rating":4,"measurements":[{"indicator":"places","value":151}],
                 "recommendations":["Open on Wednesdays"]}""", null));
        ok(http.post(CCAS, p + "/amendments", "{\"reason\":\"More places\"}", null));
        ok(http.post(CCAS, p + "/terms", counter.replace("\"baseVersion\":1", "\"baseVersion\":2"), null));
        String v3 = termsHash(id, 3);
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            ok(http.post(institution, p + "/terms/3/approvals", "{}", null));
        }
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            ok(http.post(institution, p + "/signatures", "{\"termsHash\":\"" + v3 + "\",\"capacity\":\"Director\"}",
                    null));
        }
        ok(http.post(LIGUE, p + "/withdrawals", "{\"reason\":\"Merging with another association\"}", null));
        ResponseEntity<String> dissolved = http.post(CCAS, p + "/dissolution",
                "{\"reason\":\"OBJECTIVES_ACHIEVED\",\"details\":\"All places open\"}", null);
        ok(dissolved);

        assertThat(storedTypes(id)).containsExactly("PartnershipProposed", "PartnerInvited", "PartnerInvited",
                "InvitationAccepted", "InvitationAccepted", "TermsProposed", "TermsApproved", "TermsApproved",
                "TermsApproved", "AgreementReached", "AgreementSigned", "AgreementSigned", "AgreementSigned",
                "PartnershipActivated", "EvaluationRecorded", "AmendmentOpened", "TermsProposed", "TermsApproved",
                "TermsApproved", "TermsApproved", "AgreementReached", "AgreementSigned", "AgreementSigned",
                "AgreementSigned", "AmendmentInForce", "PartnerWithdrew", "PartnershipDissolved");
        assertThat(dissolved.getHeaders().getETag()).isEqualTo("\"" + (storedTypes(id).size() - 1) + "\"");
    }

    @Nested
    class Refusals {

        @Test
        void aStrangerToThePartnership_gets404_likeAnUnknownOne() {
            String id = http.propose();

            refused(() -> http.post("other-town", "/partnerships/" + id + "/acceptance", null, null), 404, "not-found", id);
            assertThat(http.post("other-town", "/partnerships/" + java.util.UUID.randomUUID() + "/acceptance", null,
                    null).getStatusCode().value()).isEqualTo(404);
        }

        @Test
        void aMemberWithoutTheSignatoryRole_cannotSign_403() {
            String id = agreed();

            refused(() -> http.postAs(TestTokens.token(CAF, "partner"), "/partnerships/" + id + "/signatures",
                    "{\"termsHash\":\"" + termsHash(id, 1) + "\",\"capacity\":\"Agent\"}", null), 403,
                    "signatory-required", id);
        }

        @Test
        void signingTwice_409() {
            String id = agreed();
            String body = "{\"termsHash\":\"" + termsHash(id, 1) + "\",\"capacity\":\"Director\"}";
            ok(http.post(CAF, "/partnerships/" + id + "/signatures", body, null));

            refused(() -> http.post(CAF, "/partnerships/" + id + "/signatures", body, null), 409, "already-signed", id);
        }

        @Test
        void signingAnotherHash_422() {
            String id = agreed();

            refused(() -> http.post(CAF, "/partnerships/" + id + "/signatures",
                    "{\"termsHash\":\"sha256:00\",\"capacity\":\"Director\"}", null), 422, "hash-mismatch", id);
        }

        @Test
        void aStaleIfMatch_412() {
            String id = http.propose();
            ok(http.post(CAF, "/partnerships/" + id + "/acceptance", null, "\"2\""));

            refused(() -> http.post(LIGUE, "/partnerships/" + id + "/acceptance", null, "\"2\""), 412, "stale-version", id);
        }

        @Test
        void aMalformedIfMatch_400() {
            String id = http.propose();

            refused(() -> http.post(CAF, "/partnerships/" + id + "/acceptance", null, "yesterday"), 400, "invalid-if-match",
                    id);
        }

        @Test
        void anInviteeThatHasNotAccepted_cannotApprove_403() {
            String id = http.propose();

            refused(() -> http.post(CAF, "/partnerships/" + id + "/terms/1/approvals", "{}", null), 403, "not-a-partner",
                    id);
        }

        @Test
        void evaluatingBeforeActivation_409() {
            String id = agreed();

            refused(() -> http.post(CAF, "/partnerships/" + id + "/evaluations", """
                    {"periodStart":"2026-01-01","periodEnd":"2026-12-31","findings":"Too early","rating":3}""", null),
                    409, "not-in-force", id);
        }

        @Test
        void aMeasurementOfSixteenSignificantDigits_400() {
            String id = active();

            refused(() -> http.post(CAF, "/partnerships/" + id + "/evaluations", """
                    {"periodStart":"2026-01-01","periodEnd":"2026-12-31","findings":"Precise","rating":3,
                     "measurements":[{"indicator":"places","value":1234567890123.457}]}""", null),
                    400, "invalid-request", id);
        }

        @Test
        void theLeadWithdrawing_422() {
            String id = active();

            refused(() -> http.post(CCAS, "/partnerships/" + id + "/withdrawals", "{\"reason\":\"Leaving\"}", null), 422,
                    "lead-cannot-withdraw", id);
        }

        @Test
        void anythingAfterDissolution_409() {
            String id = active();
            ok(http.post(CCAS, "/partnerships/" + id + "/dissolution", "{\"reason\":\"MUTUAL_AGREEMENT\"}", null));

            refused(() -> http.post(CAF, "/partnerships/" + id + "/amendments", "{\"reason\":\"Too late\"}", null), 409,
                    "partnership-closed", id);
        }

        @Test
        void approvalsOfAnEarlierVersion_lapse_soNoAgreementIsReached() {
            String id = http.propose();
            String p = "/partnerships/" + id;
            ok(http.post(CAF, p + "/acceptance", null, null));
            ok(http.post(LIGUE, p + "/acceptance", null, null));
            ok(http.post(CCAS, p + "/terms/1/approvals", "{}", null));
            JsonNode terms = http.read(ResponseEntity.ok(Proposals.enfanceJeunesse(CCAS, CAF, LIGUE))).get("terms");
            ok(http.post(CAF, p + "/terms", "{\"baseVersion\":1,\"rationale\":\"Counter\",\"terms\":" + terms + "}",
                    null));
            ok(http.post(CAF, p + "/terms/2/approvals", "{}", null));
            ok(http.post(LIGUE, p + "/terms/2/approvals", "{}", null));

            refused(() -> http.post(CAF, p + "/signatures", "{\"termsHash\":\"" + termsHash(id, 2)
                    + "\",\"capacity\":\"Director\"}", null), 409, "not-agreed", id);
        }

        @Test
        void anUnknownDissolutionReason_400() {
            String id = http.propose();

            refused(() -> http.post(CCAS, "/partnerships/" + id + "/dissolution", "{\"reason\":\"BOREDOM\"}", null), 400,
                    "malformed-body", id);
        }
    }

    /** An existing convention brought in with its history: each step dated, refusals that name the field. */
    @Nested
    class ImportedConventions {

        private String importedOn(String date) {
            String body = Proposals.enfanceJeunesse(CCAS, CAF, LIGUE).replaceFirst("\\{",
                    "{\"effectiveDate\":\"" + date + "\",");
            return http.read(http.post(CCAS, "/partnerships", body, null)).get("partnershipId").asText();
        }

        @Test
        void eachStep_isStoredWithTheDayItTookEffect_untilTheActivation() {
            String id = importedOn("2025-01-10");
            String p = "/partnerships/" + id;
            ok(http.post(CAF, p + "/acceptance", "{\"effectiveDate\":\"2025-01-20\"}", null));
            ok(http.post(LIGUE, p + "/acceptance", "{\"effectiveDate\":\"2025-01-20\"}", null));
            for (String institution : List.of(CCAS, CAF, LIGUE)) {
                ok(http.post(institution, p + "/terms/1/approvals", "{\"effectiveDate\":\"2025-02-03\"}", null));
            }
            List<String> signers = List.of(CCAS, CAF, LIGUE);
            List<String> days = List.of("2025-03-03", "2025-03-04", "2025-03-05");
            for (int i = 0; i < signers.size(); i++) {
                ok(http.post(signers.get(i), p + "/signatures", "{\"termsHash\":\"" + termsHash(id, 1)
                        + "\",\"capacity\":\"Director\",\"effectiveDate\":\"" + days.get(i) + "\"}", null));
            }

            assertThat(effectiveDates(id)).containsExactly("2025-01-10", "2025-01-10", "2025-01-10", "2025-01-20",
                    "2025-01-20", "2025-02-03", "2025-02-03", "2025-02-03", "2025-02-03", "2025-03-03", "2025-03-04",
                    "2025-03-05", "2025-03-05");
            refused(() -> http.post(CAF, p + "/amendments", "{\"reason\":\"More places\",\"effectiveDate\":"
                    + "\"2025-06-01\"}", null), 400, "malformed-body", id);
            ok(http.post(CAF, p + "/amendments", "{\"reason\":\"More places\"}", null));
            assertThat(effectiveDates(id)).hasSize(14).last().isNull();
        }

        @Test
        void aDateInTheFuture_400_namingTheField() {
            String id = importedOn("2025-01-10");

            ResponseEntity<String> response = refused(() -> http.post(CAF, "/partnerships/" + id + "/acceptance",
                    "{\"effectiveDate\":\"2999-01-01\"}", null), 400, "effective-date-in-future", id);
            assertThat(http.read(response).at("/errors/0/field").asText()).isEqualTo("effectiveDate");
            ResponseEntity<String> proposal = http.post(CCAS, "/partnerships", Proposals.enfanceJeunesse(CCAS, CAF,
                    LIGUE).replaceFirst("\\{", "{\"effectiveDate\":\"2999-01-01\","), null);
            assertThat(proposal.getStatusCode().value()).isEqualTo(400);
            assertThat(http.read(proposal).get("code").asText()).isEqualTo("effective-date-in-future");
        }

        @Test
        void aDateBeforeThePreviousStep_400() {
            String id = importedOn("2025-01-10");

            refused(() -> http.post(CAF, "/partnerships/" + id + "/acceptance",
                    "{\"effectiveDate\":\"2025-01-09\"}", null), 400, "effective-date-out-of-order", id);
        }

        @Test
        void aDateOnAPartnershipThatIsNoImport_400() {
            String id = http.propose();

            refused(() -> http.post(CAF, "/partnerships/" + id + "/acceptance",
                    "{\"effectiveDate\":\"2025-01-09\"}", null), 400, "effective-date-not-allowed", id);
            refused(() -> http.post(CAF, "/partnerships/" + id + "/acceptance",
                    "{\"effectiveDate\":\"the 9th\"}", null), 400, "malformed-body", id);
        }
    }

    @Test
    void twoConflictingCommands_atTheSameVersion_oneSucceeds_theOtherStoresNothing() throws Exception {
        String id = http.propose();
        String p = "/partnerships/" + id + "/acceptance";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<ResponseEntity<String>>> both = List.of(() -> http.post(CAF, p, null, "\"2\""),
                () -> http.post(LIGUE, p, null, "\"2\""));
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> outcome : pool.invokeAll(both)) {
            statuses.add(outcome.get().getStatusCode().value());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(storedTypes(id)).hasSize(4);
    }

    private String agreed() {
        String id = http.propose();
        String p = "/partnerships/" + id;
        ok(http.post(CAF, p + "/acceptance", null, null));
        ok(http.post(LIGUE, p + "/acceptance", null, null));
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            ok(http.post(institution, p + "/terms/1/approvals", "{}", null));
        }
        return id;
    }

    private String active() {
        String id = agreed();
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            ok(http.post(institution, "/partnerships/" + id + "/signatures", "{\"termsHash\":\"" + termsHash(id, 1)
                    + "\",\"capacity\":\"Director\"}", null));
        }
        return id;
    }

    /** The request is refused with this status and code, and the partnership's stream is exactly as before. */
    private ResponseEntity<String> refused(Supplier<ResponseEntity<String>> request, int status, String code,
                                           String id) {
        int before = storedTypes(id).size();
        ResponseEntity<String> response = request.get();
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.read(response).get("code").asText()).isEqualTo(code);
        assertThat(storedTypes(id)).hasSize(before);
        return response;
    }

    /** The effective date each stored event of the partnership carries, null where it has none. */
    private List<String> effectiveDates(String id) {
        return jdbc.queryForList("SELECT convert_from(metaData, 'UTF8') FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", String.class, id).stream()
                .map(metaData -> tree(metaData).path("effectiveDate").textValue()).toList();
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isBetween(200, 201);
    }

    private List<String> storedTypes(String id) {
        return jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('$') + 1)).toList();
    }

    /** The hash the command side recorded for a version of the terms, as a partner would read it. */
    private String termsHash(String id, int version) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", String.class, id).stream()
                .map(this::tree)
                .filter(event -> event.has("termsHash") && (event.has("version")
                        ? event.get("version").asInt() == version : version == 1))
                .map(event -> event.get("termsHash").asText()).findFirst().orElseThrow();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
