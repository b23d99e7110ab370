package org.entente.query.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side opens the commitments of an answer's personal fields for its caller, wherever they stand in it,
 * with the caller's own token; what the vault does not open (erased, or not the caller's to read) stays the commitment's text; an
 * answer without commitments, or a request without a token, asks the vault nothing.
 */
class OpenedInAnswersTest {

    private static final String NAME = "sha256:" + "a".repeat(64);
    private static final String CAPACITY = "sha256:" + "b".repeat(64);
    private static final String ERASED = "sha256:" + "c".repeat(64);
    private static final String TERMS_HASH = "sha256:" + "d".repeat(64);

    record Signature(String signatoryName, String capacity, String institutionId) {
    }

    record Answer(String title, String termsHash, List<Signature> signatures, Map<String, String> actor) {
    }

    /** A vault that opens the name and the capacity, and remembers what it was asked, with which token. */
    static final class FakeVault extends VaultClient {

        final List<String> asked = new ArrayList<>();

        FakeVault() {
            super(RestClient.builder().build());
        }

        @Override
        public Map<String, String> open(Collection<String> texts, String authorization) {
            asked.add(authorization + " " + Set.copyOf(texts).size());
            return Map.of(NAME, "Claire Martin", CAPACITY, "Présidente");
        }
    }

    private final FakeVault vault = new FakeVault();
    private final ObjectMapper json = new ObjectMapper();
    private final OpenedInAnswers advice = new OpenedInAnswers(vault, json);

    @Test
    void everyCommitment_isOpenedWhereverItStands_andAnErasedOneStaysItsText() {
        Answer answer = new Answer("CEJ", TERMS_HASH, List.of(new Signature(NAME, CAPACITY, "ccas-metz"),
                new Signature(ERASED, CAPACITY, "caf-57")), Map.of("actorName", NAME));

        JsonNode opened = (JsonNode) write(answer, "Bearer t");

        assertThat(opened.at("/signatures/0/signatoryName").asText()).isEqualTo("Claire Martin");
        assertThat(opened.at("/signatures/0/capacity").asText()).isEqualTo("Présidente");
        assertThat(opened.at("/signatures/1/signatoryName").asText()).isEqualTo(ERASED);
        assertThat(opened.at("/signatures/1/institutionId").asText()).isEqualTo("caf-57");
        assertThat(opened.at("/actor/actorName").asText()).isEqualTo("Claire Martin");
        assertThat(opened.get("title").asText()).isEqualTo("CEJ");
        // A terms hash is written like a commitment, but is no person's: the vault is not asked about it.
        assertThat(opened.get("termsHash").asText()).isEqualTo(TERMS_HASH);
        assertThat(vault.asked).containsExactly("Bearer t 3");
    }

    @Test
    void anAnswerWithoutCommitments_orARequestWithoutAToken_asksTheVaultNothing() {
        Answer plain = new Answer("CEJ", TERMS_HASH, List.of(new Signature("Claire Martin", "Présidente", "ccas-metz")),
                Map.of());
        Answer committed = new Answer("CEJ", null, List.of(), Map.of("actorName", NAME));

        assertThat(write(plain, "Bearer t")).isSameAs(plain);
        assertThat(write(committed, null)).isSameAs(committed);
        assertThat(vault.asked).isEmpty();
    }

    private Object write(Object body, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return advice.beforeBodyWrite(body, (MethodParameter) null, MediaType.APPLICATION_JSON, null,
                new ServletServerHttpRequest(request), null);
    }
}
