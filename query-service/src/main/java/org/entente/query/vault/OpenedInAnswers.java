package org.entente.query.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.entente.ledger.Commitment;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Opens the commitments of an {@link OpensPersonalValues} answer for its caller: every text of a commitment in the
 * JSON, wherever it stands, is replaced by its value when the vault gives it. The read models keep the
 * commitments, so nothing is to be done to them when a person is erased.
 */
@ControllerAdvice
class OpenedInAnswers implements ResponseBodyAdvice<Object> {

    private final VaultClient vault;
    private final ObjectMapper json;

    OpenedInAnswers(VaultClient vault, ObjectMapper json) {
        this.vault = vault;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(OpensPersonalValues.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (body == null || authorization == null) {
            return body;
        }
        JsonNode tree = json.valueToTree(body);
        Set<String> commitments = new HashSet<>();
        collect(tree, commitments);
        if (commitments.isEmpty()) {
            return body;
        }
        return replace(tree, vault.open(commitments, authorization));
    }

    private static void collect(JsonNode node, Set<String> commitments) {
        if (node.isTextual() && Commitment.isText(node.asText())) {
            commitments.add(node.asText());
        }
        node.forEach(child -> collect(child, commitments));
    }

    private static JsonNode replace(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            String value = values.get(node.asText());
            return value == null ? node : TextNode.valueOf(value);
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(replace(field.getValue(), values));
            }
        } else if (node instanceof ArrayNode array) {
            for (int n = 0; n < array.size(); n++) {
                array.set(n, replace(array.get(n), values));
            }
        }
        return node;
    }
}
