package org.entente.query.ledger;

import org.entente.ledger.Checkpoint;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.platform.problem.BadRequest;
import org.entente.platform.problem.Problems;
import org.entente.query.audit.EventLog;
import org.entente.query.audit.LoggedEvent;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.query.vault.VaultClient;
import org.entente.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * For the partnership's parties and auditors: {@code GET /audit/partnerships/{id}/verify}, its chain recomputed and
 * each event's leaf proved in the latest checkpoint this side verified, with the first broken link if any; and
 * {@code GET /audit/partnerships/{id}/evidence}, the package to check all of it offline.
 */
@RestController
class LedgerAuditController {

    record CheckpointSeen(String origin, long size, String rootHash, String keyId, String note) {
    }

    record Verification(UUID partnershipId, boolean verified, CheckpointSeen checkpoint,
                        List<ChainVerification.EventCheck> events, ChainVerification.EventCheck firstBrokenLink) {
    }

    private final EventLog log;
    private final PartnershipAccess access;
    private final MonitorTree tree;
    private final VerifiedCheckpoints verified;
    private final MonitorSettings settings;
    private final ObjectMapper json;
    private final VaultClient vault;

    LedgerAuditController(EventLog log, PartnershipAccess access, MonitorTree tree, VerifiedCheckpoints verified,
                     MonitorSettings settings, ObjectMapper json, VaultClient vault) {
        this.json = json;
        this.vault = vault;
        this.log = log;
        this.access = access;
        this.tree = tree;
        this.verified = verified;
        this.settings = settings;
    }

    @GetMapping("/audit/partnerships/{id}/verify")
    Verification verify(@PathVariable UUID id, Authentication authentication) {
        access.requireReadable(Caller.of(authentication), id);
        tree.catchUp();
        VerifiedCheckpoints.Verified latest = verified.latest().orElse(null);
        Checkpoint checkpoint = latest == null ? null : latest.checkpoint();
        List<ChainVerification.EventCheck> events = ChainVerification.check(log.of(id), checkpoint, tree.tree());
        ChainVerification.EventCheck broken = events.stream().filter(e -> e.status().equals("broken")).findFirst()
                .orElse(null);
        boolean all = broken == null && events.stream().allMatch(e -> e.status().equals("verified"));
        return new Verification(id, all, latest == null ? null : new CheckpointSeen(checkpoint.origin(),
                checkpoint.size(), Base64.getEncoder().encodeToString(checkpoint.rootHash()), keyId(), latest.note()),
                events, broken);
    }

    /** The evidence package of the partnership (docs/ledger.md), for offline verification. */
    @GetMapping("/audit/partnerships/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @RequestParam(required = false) Long since,
                                    Authentication authentication,
                                    @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        access.requireReadable(Caller.of(authentication), id);
        tree.catchUp();
        List<LoggedEvent> events = log.of(id);
        VerifiedCheckpoints.Verified latest = verified.latest().orElse(null);
        if (events.stream().anyMatch(e -> e.ledger() == null)) {
            throw new Conflict("ledger.unchained", "Some events of this partnership were published before the "
                    + "ledger existed: there is no evidence of them to give.");
        }
        if (latest == null || settings.verifierKey() == null || events.stream()
                .anyMatch(e -> e.ledger().ledgerIndex() >= latest.checkpoint().size())) {
            throw new Conflict("ledger.not-yet-checkpointed", "The latest events of this partnership are not in a "
                    + "verified checkpoint yet; ask again in a few seconds.");
        }
        if (since != null && (since < 1 || since > latest.checkpoint().size())) {
            throw new BadRequest("ledger.out-of-range", "since is the size of an older checkpoint, from 1 to "
                    + latest.checkpoint().size() + ".");
        }
        byte[] zip = new EvidencePackage(json).build(events, latest, settings.verifierKey(), tree.tree(), since,
                new EvidenceDisclosureFile(json).write(events, vault, authorization));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"partnership-" + id + "-evidence.zip\"")
                .body(zip);
    }

    /** A state of the ledger that does not allow the request yet (409, with its code). */
    static final class Conflict extends RuntimeException {
        final String code;

        Conflict(String code, String detail) {
            super(detail);
            this.code = code;
        }
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONFLICT, e.code, e.getMessage()));
    }

    private String keyId() {
        String key = settings.verifierKey();
        return key == null || key.isBlank() ? null : key.split("\\+")[1];
    }
}
