package org.entente.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.events.PersonalData;
import org.entente.ledger.Commitment;
import org.entente.ledger.Envelope;
import org.entente.query.audit.LoggedEvent;
import org.entente.query.vault.VaultClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An evidence package's {@code disclosures.json} (docs/ledger.md §9): every personal field of its version-2 events,
 * with the commitment the event holds there and what the vault opens of it for the requester — value and salt,
 * the new value of a rectified one with the commitment that replaced it, or nothing, when the value was erased or is
 * not theirs to read. {@code ./entente verify} checks each opening and lists what stayed committed.
 */
final class EvidenceDisclosureFile {

    /** A personal field of the package: its event's index, its path in the envelope, the commitment it holds. */
    record Occurrence(int event, String field, String commitment) {
    }

    private final ObjectMapper json;

    EvidenceDisclosureFile(ObjectMapper json) {
        this.json = json;
    }

    String write(List<LoggedEvent> events, VaultClient vault, String authorization) {
        List<Occurrence> occurrences = occurrences(events);
        Map<String, VaultClient.Opened> opened = occurrences.isEmpty() ? Map.of()
                : vault.disclose(occurrences.stream().map(Occurrence::commitment).distinct().toList(), authorization);
        ObjectNode file = json.createObjectNode().put("format", "entente-disclosures/1");
        var fields = file.putArray("fields");
        for (Occurrence occurrence : occurrences) {
            ObjectNode field = fields.addObject().put("event", occurrence.event()).put("field", occurrence.field())
                    .put("commitment", occurrence.commitment());
            VaultClient.Opened disclosure = opened.get(occurrence.commitment());
            if (disclosure != null && !disclosure.erased() && disclosure.value() != null) {
                field.put("value", disclosure.value());
                if (disclosure.salt() != null) {
                    field.put("salt", disclosure.salt());
                } else if (disclosure.replacedBy() != null) {
                    field.put("replacedBy", disclosure.replacedBy());
                }
            }
        }
        return file.toPrettyString();
    }

    /** The personal fields of the events, in order: who acted, then the catalogue's fields of each event's data. */
    List<Occurrence> occurrences(List<LoggedEvent> events) {
        List<Occurrence> found = new ArrayList<>();
        for (int n = 0; n < events.size(); n++) {
            LoggedEvent event = events.get(n);
            if (event.ledger() == null || event.ledger().envelope() == Envelope.V1) {
                continue;
            }
            add(found, n, "actor.id", event.actorId());
            add(found, n, "actor.name", event.ledger().actorName());
            String name = event.type().replaceAll("^.*\\.(\\w+)\\.v\\d+$", "$1");
            JsonNode data = read(event.ledger().publishedData());
            for (PersonalData.Field field : PersonalData.catalogue()) {
                if (field.event().equals(name)) {
                    collect(found, n, "data", data, field.path().split("\\."), 0);
                }
            }
        }
        return found;
    }

    /** Walks a catalogue path ({@code contacts[].email}), writing each list element's index in the field found. */
    private static void collect(List<Occurrence> found, int event, String prefix, JsonNode node, String[] steps,
                                int step) {
        if (step == steps.length) {
            add(found, event, prefix, node.isTextual() ? node.asText() : null);
            return;
        }
        String name = steps[step];
        if (name.endsWith("[]")) {
            JsonNode list = node.path(name.substring(0, name.length() - 2));
            for (int i = 0; i < list.size(); i++) {
                collect(found, event, prefix + "." + name.substring(0, name.length() - 2) + "[" + i + "]",
                        list.get(i), steps, step + 1);
            }
        } else {
            collect(found, event, prefix + "." + name, node.path(name), steps, step + 1);
        }
    }

    private static void add(List<Occurrence> found, int event, String field, String value) {
        if (value != null && Commitment.isText(value)) {
            found.add(new Occurrence(event, field, value));
        }
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An event's published data is not JSON", e);
        }
    }
}
