package org.entente.query.terms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.query.audit.EventLog;
import org.entente.query.audit.LoggedEvent;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.platform.security.Caller;
import org.entente.query.web.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Any version of the terms, and the clause-level difference between two, from the partnership's own events. */
@RestController
@RequestMapping("/partnerships/{id}/terms")
class TermsController {

    private final EventLog log;
    private final PartnershipAccess access;
    private final ObjectMapper json;

    TermsController(EventLog log, PartnershipAccess access, ObjectMapper json) {
        this.log = log;
        this.access = access;
        this.json = json;
    }

    /** A version of the terms: its number, its content hash, who proposed it and when, why, and its content. */
    record Version(int version, String hash, String proposedBy, Instant proposedAt, String rationale,
                   JsonNode terms) {
    }

    /** What changed from one version to another. */
    record Diff(int from, int to, List<Change> changes) {
    }

    @GetMapping("/{version}")
    Version version(@PathVariable UUID id, @PathVariable int version, Authentication authentication) {
        access.requireReadable(Caller.of(authentication), id);
        return find(id, version);
    }

    @GetMapping("/diff")
    Diff diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Authentication authentication) {
        access.requireReadable(Caller.of(authentication), id);
        List<Version> versions = versions(id);
        return new Diff(from, to, TermsDiff.between(pick(versions, from).terms(), pick(versions, to).terms()));
    }

    private Version find(UUID id, int version) {
        return pick(versions(id), version);
    }

    private List<Version> versions(UUID id) {
        return log.of(id).stream().map(this::asVersion).filter(java.util.Objects::nonNull).toList();
    }

    private static Version pick(List<Version> versions, int version) {
        return versions.stream().filter(candidate -> candidate.version() == version).findFirst()
                .orElseThrow(() -> new NotFound("Version " + version + " of the terms"));
    }

    /** Version 1 comes with the proposal; every later one with a TermsProposed. */
    private Version asVersion(LoggedEvent event) {
        JsonNode data = read(event.data());
        if (event.type().endsWith(".PartnershipProposed.v1")) {
            return new Version(1, data.path("termsHash").asText(), data.at("/lead/id").asText(),
                    event.occurredAt(), null, data.get("terms"));
        }
        if (event.type().endsWith(".TermsProposed.v1")) {
            return new Version(data.path("version").asInt(), data.path("termsHash").asText(),
                    data.path("proposedBy").asText(), event.occurredAt(), data.path("rationale").asText(),
                    data.get("terms"));
        }
        return null;
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Logged event data is unreadable", e);
        }
    }
}
