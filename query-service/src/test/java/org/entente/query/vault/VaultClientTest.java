package org.entente.query.vault;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The query side reads the vault's answer as command-service writes it (every member of a disclosure, salt and
 * field included), keeps the opened values and leaves the erased ones out; a vault that fails opens nothing.
 */
class VaultClientTest {

    private static final String NAME = "sha256:" + "a".repeat(64);
    private static final String ERASED = "sha256:" + "b".repeat(64);

    /** As strict as query-service's own mapper of HTTP bodies (JsonMappers): an unknown member fails. */
    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://command-service")
            .messageConverters(converters -> {
                converters.removeIf(MappingJackson2HttpMessageConverter.class::isInstance);
                converters.add(new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                        .failOnUnknownProperties(true).build()));
            });
    private final MockRestServiceServer vault = MockRestServiceServer.bindTo(builder).build();
    private final VaultClient client = new VaultClient(builder.build());

    @Test
    void theValuesOpened_areKept_andTheErasedOnesLeftOut() {
        vault.expect(requestTo("http://command-service/vault/disclosures")).andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer t")).andExpect(jsonPath("$.commitments.length()").value(2))
                .andRespond(withSuccess("""
                        {"disclosures":[
                          {"commitment":"%s","partnershipId":"p","field":"actor.name","value":"Claire Martin",
                           "salt":"AyBD7lUNxdVy6T/uEO6t1g==","erased":false},
                          {"commitment":"%s","partnershipId":"p","field":"actor.name","value":null,"salt":null,
                           "erased":true}]}""".formatted(NAME, ERASED), MediaType.APPLICATION_JSON));

        assertThat(client.open(List.of(NAME, ERASED), "Bearer t")).isEqualTo(Map.of(NAME, "Claire Martin"));
        vault.verify();
    }

    @Test
    void aVaultThatFails_opensNothing_andTheReadGoesOn() {
        vault.expect(requestTo("http://command-service/vault/disclosures")).andRespond(withServerError());

        assertThat(client.open(List.of(NAME), "Bearer t")).isEmpty();
    }
}
