package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The API describes itself: an OpenAPI document and Swagger UI, readable without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void theOpenApiDocument_listsEveryLifecycleStep() throws Exception {
        JsonNode document = json.readTree(http.getForObject("/v3/api-docs", String.class));

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("paths").fieldNames()).toIterable().contains("/partnerships",
                "/partnerships/{id}/acceptance", "/partnerships/{id}/declination", "/partnerships/{id}/terms",
                "/partnerships/{id}/terms/{version}/approvals", "/partnerships/{id}/terms/{version}/rejections",
                "/partnerships/{id}/signatures", "/partnerships/{id}/evaluations", "/partnerships/{id}/amendments",
                "/partnerships/{id}/withdrawals", "/partnerships/{id}/dissolution", "/partnerships/{id}/abandonment");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void theLogsPublicReads_needNoToken_inTheDocumentToo() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");

        for (String path : new String[]{"/ledger/key", "/ledger/checkpoint", "/ledger/checkpoints", "/ledger/tile/**",
                "/ledger/proof/inclusion", "/ledger/proof/consistency"}) {
            assertThat(paths.at("/" + path.replace("/", "~1") + "/get/security").isArray()).as(path).isTrue();
            assertThat(paths.at("/" + path.replace("/", "~1") + "/get/security")).as(path).isEmpty();
        }
        assertThat(paths.at("/~1ledger~1checkpoint/post/security").isMissingNode()).as("issuing one").isTrue();
        assertThat(paths.at("/~1ledger~1leaves/get/security").isMissingNode()).as("the leaves").isTrue();
    }

    @Test
    void swaggerUi_isServed() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(page.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(page.getBody()).contains("Swagger UI");
    }
}
