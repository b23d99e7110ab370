package org.entente.query.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.query.audit.LoggedEvent;
import org.entente.query.audit.PersonalFields;
import org.entente.query.audit.PersonalFields.Occurrence;
import org.entente.query.vault.VaultClient;

import java.util.List;
import java.util.Map;

/**
 * An evidence package's {@code disclosures.json} (docs/ledger.md §9): every personal field of its version-2 events,
 * with the commitment the event holds there and what the vault opens of it for the requester — value and salt,
 * the new value of a rectified one with the commitment that replaced it, or nothing, when the value was erased or is
 * not theirs to read. {@code ./entente verify} checks each opening and lists what stayed committed.
 */
final class EvidenceDisclosureFile {

    private final ObjectMapper json;

    EvidenceDisclosureFile(ObjectMapper json) {
        this.json = json;
    }

    String write(List<LoggedEvent> events, VaultClient vault, String authorization) {
        List<Occurrence> occurrences = PersonalFields.of(events, json);
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
}
