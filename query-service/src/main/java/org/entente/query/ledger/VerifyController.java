package org.entente.query.ledger;

import org.entente.ledger.Checkpoint;
import org.entente.query.audit.EventLog;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.query.web.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /audit/partnerships/{id}/verify}: for the partnership's parties and auditors, its chain recomputed
 * and each event's leaf proved in the latest checkpoint this side verified; the first broken link, if any.
 */
@RestController
class VerifyController {

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

    VerifyController(EventLog log, PartnershipAccess access, MonitorTree tree, VerifiedCheckpoints verified,
                     MonitorSettings settings) {
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

    private String keyId() {
        String key = settings.verifierKey();
        return key == null || key.isBlank() ? null : key.split("\\+")[1];
    }
}
