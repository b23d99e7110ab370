package org.entente.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.platform.problem.BadRequest;
import org.entente.platform.security.Caller;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.query.vault.VaultClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The raw events of a partnership with all their metadata, as evidence: JSON, JSON Lines or CSV. People's values
 * stay the commitments the ledger holds; beside them, {@code personalValues} gives each personal field's value as
 * the vault opens it for the reader, or null where it does not (erased, or not theirs to read).
 */
@RestController
@RequestMapping("/audit/partnerships")
class AuditController {

    private final EventLog log;
    private final PartnershipAccess access;
    private final AuditFormats formats;
    private final VaultClient vault;
    private final ObjectMapper json;

    AuditController(EventLog log, PartnershipAccess access, AuditFormats formats, VaultClient vault,
                    ObjectMapper json) {
        this.log = log;
        this.access = access;
        this.formats = formats;
        this.vault = vault;
        this.json = json;
    }

    @GetMapping("/{id}/events")
    ResponseEntity<String> events(@PathVariable UUID id, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept, Authentication authentication,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String erased) {
        if (erased != null && (erased.isBlank() || erased.length() > 40
                || erased.chars().anyMatch(Character::isISOControl))) {
            throw new BadRequest("invalid-erased", "erased is the word that stands for an erased value: 1 to 40 "
                    + "characters, without control characters.");
        }
        access.requireReadable(Caller.of(authentication), id);
        AuditFormats.Format chosen = AuditFormats.choose(format, accept);
        List<LoggedEvent> events = log.of(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header("Content-Disposition", "inline; filename=\"partnership-" + id + "-events." + chosen.extension()
                        + "\"")
                .body(formats.render(events, chosen, personalValues(events, authorization, erased)));
    }

    /**
     * For each event, its personal fields with the value the vault opens for the reader; where it does not, null,
     * or the word the reader asked for ({@code erased=effacé}: the web's download for a French reader).
     */
    private List<Map<String, String>> personalValues(List<LoggedEvent> events, String authorization,
                                                     String erased) {
        List<PersonalFields.Occurrence> occurrences = PersonalFields.of(events, json);
        Map<String, String> values = occurrences.isEmpty() || authorization == null ? Map.of()
                : vault.open(occurrences.stream().map(PersonalFields.Occurrence::commitment).distinct().toList(),
                authorization);
        List<Map<String, String>> perEvent = new ArrayList<>();
        events.forEach(event -> perEvent.add(new LinkedHashMap<>()));
        occurrences.forEach(o -> perEvent.get(o.event()).put(o.field(),
                values.getOrDefault(o.commitment(), erased)));
        return perEvent;
    }
}
