package org.entente.query.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.entente.events.PersonalData;
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
 * Opens the commitments of an {@link OpensPersonalValues} answer for its caller: every text of a commitment in a
 * personal field of the JSON, wherever it stands, is replaced by its value when the vault gives it. The read models
 * keep the commitments, so nothing is to be done to them when a person is erased. Only personal fields are read:
 * a terms hash is written {@code sha256:<hex>} too, and asking the vault about it would cost every read of a
 * partnership a call for nothing.
 */
@ControllerAdvice
class OpenedInAnswers implements ResponseBodyAdvice<Object> {

    /**
     * The fields that hold a person's value: the catalogue's own names (an event's data, shown as such in a step's
     * details), and the names the answers give the actor and a signature's capacity.
     */
    static final Set<String> PERSONAL = personalFields();

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

    private static Set<String> personalFields() {
        Set<String> names = new HashSet<>(Set.of("actorId", "actorName", "capacity"));
        PersonalData.catalogue().stream().filter(field -> !field.event().equals(PersonalData.ENVELOPE))
                .forEach(field -> names.add(field.path().substring(field.path().lastIndexOf('.') + 1)));
        return Set.copyOf(names);
    }

    private static void collect(JsonNode node, Set<String> commitments) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (PERSONAL.contains(field.getKey()) && Commitment.isText(field.getValue().asText(null))) {
                    commitments.add(field.getValue().asText());
                }
            });
        }
        node.forEach(child -> collect(child, commitments));
    }

    private static JsonNode replace(JsonNode node, Map<String, String> values) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String value = PERSONAL.contains(field.getKey()) ? values.get(field.getValue().asText(null)) : null;
                field.setValue(value == null ? replace(field.getValue(), values) : TextNode.valueOf(value));
            }
        } else if (node instanceof ArrayNode array) {
            for (int n = 0; n < array.size(); n++) {
                array.set(n, replace(array.get(n), values));
            }
        }
        return node;
    }
}
