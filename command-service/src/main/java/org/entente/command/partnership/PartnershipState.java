package org.entente.command.partnership;

import org.entente.calendar.Agenda;
import org.entente.calendar.CalendarRules;
import org.entente.calendar.DueItem;
import org.entente.calendar.Timeline;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipStatus;
import org.entente.events.Terms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the decisions need to know of a partnership, folded from its events: who takes part and how, the
 * version of the terms on the table and who approved it, the agreed version and who signed it, and the calendar of
 * the terms in force ({@link Timeline}). The status is the contract's, as
 * {@link org.entente.events.PartnershipLifecycle} folds it.
 */
record PartnershipState(
        PartnershipStatus status,
        Map<String, Partner> partners,
        Table table,
        Agreement agreement,
        int amendments,
        Timeline timeline) {

    /** The version of the terms under discussion and who approved it; approvals lapse with a new version. */
    record Table(int version, Terms terms, String hash, Set<String> approvedBy) {

        Table approvedBy(String institutionId) {
            return new Table(version, terms, hash, Sets.with(approvedBy, institutionId));
        }
    }

    /** The version every partner approved, frozen, and who signed it so far; null while negotiating. */
    record Agreement(int version, String hash, Set<String> signedBy) {
    }

    /** Before its proposal a partnership has no status, no partner and no terms. */
    static PartnershipState initial() {
        return new PartnershipState(null, Map.of(), null, null, 0, Timeline.NONE);
    }

    /** The state after {@code history}, folded by the same evolution the aggregate uses. */
    static PartnershipState of(List<PartnershipEvent> history) {
        PartnershipState state = initial();
        for (PartnershipEvent event : history) {
            state = state.evolve(event);
        }
        return state;
    }

    /** The due items still to act on (the calendar's {@link Agenda}): what the schedule keeps. */
    List<DueItem> pending(CalendarRules rules) {
        return Agenda.pending(status, timeline, rules);
    }

    List<Partner> activePartners() {
        return partners.values().stream().filter(Partner::isActive).toList();
    }

    boolean hasPendingInvitations() {
        return partners.values().stream().anyMatch(partner -> partner.standing() == Partner.Standing.INVITED);
    }

    PartnershipState evolve(PartnershipEvent event) {
        return Evolution.apply(this, event);
    }

    PartnershipState withStatus(PartnershipStatus next) {
        return new PartnershipState(next, partners, table, agreement, amendments, timeline);
    }

    PartnershipState withPartner(Partner partner) {
        Map<String, Partner> next = new LinkedHashMap<>(partners);
        next.put(partner.institutionId(), partner);
        return new PartnershipState(status, Map.copyOf(next), table, agreement, amendments, timeline);
    }

    PartnershipState withTable(Table next) {
        return new PartnershipState(status, partners, next, agreement, amendments, timeline);
    }

    PartnershipState withAgreement(Agreement next) {
        return new PartnershipState(status, partners, table, next, amendments, timeline);
    }

    PartnershipState withAmendments(int next) {
        return new PartnershipState(status, partners, table, agreement, next, timeline);
    }

    PartnershipState withTimeline(Timeline next) {
        return new PartnershipState(status, partners, table, agreement, amendments, next);
    }
}
