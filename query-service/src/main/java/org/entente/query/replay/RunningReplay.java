package org.entente.query.replay;

import org.springframework.stereotype.Component;

/** Whether a replay is rebuilding the read models now: a change to the live ones meanwhile would be undone by its swap. */
@Component
public class RunningReplay {

    private final ReplayLedger ledger;

    RunningReplay(ReplayLedger ledger) {
        this.ledger = ledger;
    }

    public boolean exists() {
        return !ledger.running().isEmpty();
    }
}
