package org.entente.query.ledger;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The monitor's health: {@code DEGRADED} once it raised any alarm (the service still serves; its operators must
 * look), {@code UNKNOWN} when no verifier key is configured, else up, with the size of the log rebuilt here and of
 * the last checkpoint verified against it.
 */
@Component("ledger")
class LedgerHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "The ledger monitor raised alarms: GET /admin/ledger/alarms");

    private final CheckpointMonitor monitor;
    private final MonitorTree tree;
    private final VerifiedCheckpoints verified;
    private final LedgerAlarms alarms;

    LedgerHealth(CheckpointMonitor monitor, MonitorTree tree, VerifiedCheckpoints verified, LedgerAlarms alarms) {
        this.monitor = monitor;
        this.tree = tree;
        this.verified = verified;
        this.alarms = alarms;
    }

    @Override
    public Health health() {
        if (!monitor.enabled()) {
            return Health.unknown().withDetail("reason", "no verifier key configured (ENTENTE_LEDGER_VERIFIER_KEY)")
                    .build();
        }
        long raised = alarms.count();
        return Health.status(raised > 0 ? DEGRADED : Status.UP).withDetail("alarms", raised)
                .withDetail("treeSize", tree.catchUp())
                .withDetail("verifiedSize", verified.latest().map(v -> v.checkpoint().size()).orElse(0L))
                .withDetail("waitingFor", monitor.waitingFor()).build();
    }
}
