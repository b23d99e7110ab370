package org.entente.command.partnership;

import org.entente.events.PartnerRole;

/** An institution's place in a partnership: its role, and where it stands. */
record Partner(String institutionId, PartnerRole role, Standing standing) {

    enum Standing {
        /** Asked to join, not yet answered: not a partner yet. */
        INVITED,
        /** A partner: approves, signs, evaluates, and its approval and signature are needed. */
        ACTIVE,
        DECLINED,
        WITHDRAWN
    }

    boolean isActive() {
        return standing == Standing.ACTIVE;
    }

    Partner standing(Standing next) {
        return new Partner(institutionId, role, next);
    }
}
