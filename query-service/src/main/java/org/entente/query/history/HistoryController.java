package org.entente.query.history;

import org.entente.query.vault.OpensPersonalValues;
import org.entente.platform.problem.BadRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.query.audit.EventLog;
import org.entente.query.audit.LoggedEvent;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.platform.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code GET /partnerships/{id}/history}: the negotiation and life timeline, in order, paged. */
@RestController
@RequestMapping("/partnerships/{id}/history")
class HistoryController {

    /** What explains a step; the rest of the event (full terms, ids already shown) is in the audit trail. */
    private static final Set<String> EXPLAINING = Set.of("version", "baseVersion", "rationale", "reason", "details",
            "termsHash", "role", "institution", "institutionId", "signatoryName", "signatoryCapacity", "rating",
            "findings", "recommendations", "effectiveDate", "amendmentNumber", "title", "periodStart", "periodEnd");

    private final EventLog log;
    private final PartnershipAccess access;
    private final ObjectMapper json;

    HistoryController(EventLog log, PartnershipAccess access, ObjectMapper json) {
        this.log = log;
        this.access = access;
        this.json = json;
    }

    /** A page of the timeline: its steps, and how many there are in all. */
    record Page(List<HistoryStep> steps, int page, int size, long total) {
    }

    @OpensPersonalValues
    @GetMapping
    Page history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "100") int size, Authentication authentication) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequest("invalid-page", "page must be 0 or more and size between 1 and 500.");
        }
        access.requireReadable(Caller.of(authentication), id);
        List<HistoryStep> steps = log.page(id, (long) page * size, size).stream().map(this::step).toList();
        return new Page(steps, page, size, log.count(id));
    }

    private HistoryStep step(LoggedEvent event) {
        String name = event.type().substring(event.type().lastIndexOf('.', event.type().lastIndexOf('.') - 1) + 1,
                event.type().lastIndexOf('.'));
        ObjectNode details = json.createObjectNode();
        read(event.data()).fields().forEachRemaining(field -> {
            if (EXPLAINING.contains(field.getKey())) {
                details.set(field.getKey(), field.getValue());
            }
        });
        return new HistoryStep(event.sequence(), name, event.occurredAt(), event.effectiveDate(), event.actorId(),
                event.ledger() == null ? null : event.ledger().actorName(), event.actorInstitution(), details);
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Logged event data is unreadable", e);
        }
    }
}
