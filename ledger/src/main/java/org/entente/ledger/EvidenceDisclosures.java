package org.entente.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The personal values an evidence package opens ({@code disclosures.json}, docs/ledger.md §9), each checked against
 * the commitment its event holds: with a salt, the value must be what the commitment commits to; a rectified one
 * must name the commitment of the new value, opened in the same file, and a {@code PersonalDataRectified} event of
 * the package must say that it replaced this one. What the package could not open — erased, or not the requester's
 * to read — is reported, field by field; nothing in it makes the package's proofs fail.
 */
final class EvidenceDisclosures {

    private static final String RECTIFIED = ".PersonalDataRectified.";

    private EvidenceDisclosures() {
    }

    /** What was opened and checked, and which personal fields stayed committed; null without disclosures.json. */
    static EvidenceVerifier.Disclosed verify(byte[] file, List<EvidenceEvents.Event> events) throws LedgerCheckFailed {
        if (file == null) {
            return null;
        }
        JsonNode fields;
        try {
            fields = EvidenceEvents.JSON.readTree(file).path("fields");
        } catch (java.io.IOException e) {
            throw new LedgerCheckFailed("disclosures.json is not JSON");
        }
        if (!fields.isArray()) {
            throw new LedgerCheckFailed("disclosures.json has no list of fields");
        }
        Map<String, String> salted = new HashMap<>();
        for (JsonNode field : fields) {
            if (field.hasNonNull("salt")) {
                salted.put(field.path("commitment").asText(), checkOpened(field, events));
            }
        }
        int opened = salted.size();
        List<String> unopened = new ArrayList<>();
        for (JsonNode field : fields) {
            String where = where(field, events);
            if (field.hasNonNull("salt")) {
                continue;
            }
            if (field.hasNonNull("replacedBy")) {
                checkRectified(field, where, salted, events);
                opened++;
            } else {
                unopened.add(where);
            }
        }
        return new EvidenceVerifier.Disclosed(opened, List.copyOf(unopened));
    }

    /** The value of a field given with its salt, once its commitment is checked. */
    private static String checkOpened(JsonNode field, List<EvidenceEvents.Event> events) throws LedgerCheckFailed {
        String where = where(field, events);
        String value = field.path("value").asText(null);
        byte[] salt = Base64Strict.decode(field.path("salt").asText(), where + "'s salt");
        if (value == null || !Commitment.ofText(field.path("commitment").asText()).isOpenedByString(salt, value)) {
            throw new LedgerCheckFailed("disclosures.json: the value given for " + where + " is not the one its "
                    + "commitment commits to");
        }
        return value;
    }

    private static void checkRectified(JsonNode field, String where, Map<String, String> salted,
                                       List<EvidenceEvents.Event> events) throws LedgerCheckFailed {
        String commitment = field.path("commitment").asText();
        String by = field.path("replacedBy").asText();
        String value = field.path("value").asText(null);
        if (value == null || !value.equals(salted.get(by))) {
            throw new LedgerCheckFailed("disclosures.json: " + where + " is said rectified to a value that the "
                    + "file does not open under " + by);
        }
        for (EvidenceEvents.Event event : events) {
            if (event.envelope().type().contains(RECTIFIED)) {
                JsonNode data = data(event);
                if (data.path("name").asText().equals(by) || data.path("capacity").asText().equals(by)) {
                    for (JsonNode replaced : data.path("replaces")) {
                        if (replaced.asText().equals(commitment)) {
                            return;
                        }
                    }
                }
            }
        }
        throw new LedgerCheckFailed("disclosures.json: no PersonalDataRectified event of the package replaces "
                + where + " by " + by);
    }

    /** "event 3 (AgreementSigned) data.signatoryName", once the field's commitment is found there. */
    private static String where(JsonNode field, List<EvidenceEvents.Event> events) throws LedgerCheckFailed {
        int index = field.path("event").asInt(-1);
        String path = field.path("field").asText("");
        if (index < 0 || index >= events.size()) {
            throw new LedgerCheckFailed("disclosures.json names event " + field.path("event") + " of "
                    + events.size());
        }
        EvidenceEvents.Event event = events.get(index);
        String commitment = field.path("commitment").asText("");
        if (!Commitment.isText(commitment) || !commitment.equals(recorded(event, path))) {
            throw new LedgerCheckFailed("disclosures.json: event " + index + " holds no commitment "
                    + commitment + " at " + path);
        }
        String[] type = event.envelope().type().split("\\.");
        return "event " + index + " (" + (type.length < 2 ? event.envelope().type() : type[type.length - 2]) + ") "
                + path;
    }

    /** The text the envelope holds at {@code path}: {@code actor.id}, {@code actor.name} or {@code data.…}. */
    private static String recorded(EvidenceEvents.Event event, String path) throws LedgerCheckFailed {
        if (path.equals("actor.id")) {
            return event.envelope().actorId();
        }
        if (path.equals("actor.name")) {
            return event.envelope().actorName();
        }
        if (!path.startsWith("data.")) {
            return null;
        }
        JsonNode node = data(event);
        for (String step : path.substring("data.".length()).split("\\.")) {
            int bracket = step.indexOf('[');
            // A field of a list's element is written with its index: contacts[2].email.
            node = bracket < 0 || !step.endsWith("]") ? node.path(step) : node.path(step.substring(0, bracket))
                    .path(index(step.substring(bracket + 1, step.length() - 1)));
        }
        return node.isTextual() ? node.asText() : null;
    }

    private static int index(String digits) {
        return digits.matches("\\d{1,6}") ? Integer.parseInt(digits) : -1;
    }

    private static JsonNode data(EvidenceEvents.Event event) throws LedgerCheckFailed {
        try {
            return EvidenceEvents.JSON.readTree(event.envelope().dataJson());
        } catch (JsonProcessingException e) {
            throw new LedgerCheckFailed("event " + event.envelope().eventId() + ": its data is not JSON");
        }
    }
}
