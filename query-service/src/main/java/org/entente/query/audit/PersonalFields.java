package org.entente.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.PersonalData;
import org.entente.ledger.Commitment;
import org.entente.ledger.Envelope;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the people's values of logged events stand: every personal field of each version-2 event — who acted, then
 * the catalogue's fields of its data — with the commitment it holds, found in the event as published. The evidence
 * package and the audit export open them for their reader through the vault.
 */
public final class PersonalFields {

    /** A personal field: its event's index in the list, its path in the envelope, the commitment it holds. */
    public record Occurrence(int event, String field, String commitment) {
    }

    private PersonalFields() {
    }

    /** The personal fields of the events, in order. */
    public static List<Occurrence> of(List<LoggedEvent> events, ObjectMapper json) {
        List<Occurrence> found = new ArrayList<>();
        for (int n = 0; n < events.size(); n++) {
            LoggedEvent event = events.get(n);
            if (event.ledger() == null || event.ledger().envelope() == Envelope.V1) {
                continue;
            }
            add(found, n, "actor.id", event.actorId());
            add(found, n, "actor.name", event.ledger().actorName());
            String name = event.type().replaceAll("^.*\\.(\\w+)\\.v\\d+$", "$1");
            JsonNode data = read(json, event.ledger().publishedData());
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
            String list = name.substring(0, name.length() - 2);
            for (int i = 0; i < node.path(list).size(); i++) {
                collect(found, event, prefix + "." + list + "[" + i + "]", node.path(list).get(i), steps, step + 1);
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

    private static JsonNode read(ObjectMapper json, String data) {
        try {
            return json.readTree(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An event's published data is not JSON", e);
        }
    }
}
