package org.entente.query.audit;

import org.entente.query.portfolio.PartnershipAccess;
import org.entente.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The raw events of a partnership with all their metadata, as evidence: JSON, JSON Lines or CSV. */
@RestController
@RequestMapping("/audit/partnerships")
class AuditController {

    private final EventLog log;
    private final PartnershipAccess access;
    private final AuditFormats formats;

    AuditController(EventLog log, PartnershipAccess access, AuditFormats formats) {
        this.log = log;
        this.access = access;
        this.formats = formats;
    }

    @GetMapping("/{id}/events")
    ResponseEntity<String> events(@PathVariable UUID id, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept, Authentication authentication) {
        access.requireReadable(Caller.of(authentication), id);
        AuditFormats.Format chosen = AuditFormats.choose(format, accept);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header("Content-Disposition", "inline; filename=\"partnership-" + id + "-events." + chosen.extension()
                        + "\"")
                .body(formats.render(log.of(id), chosen));
    }
}
