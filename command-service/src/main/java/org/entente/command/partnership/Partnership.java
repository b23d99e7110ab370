package org.entente.command.partnership;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.command.eventstore.EventStoreConfiguration;
import org.entente.command.ledger.LedgerMetaData;
import org.entente.command.partnership.Commands.AbandonNegotiation;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ActOnDueItem;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.DeclineInvitation;
import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.FileFinancialReport;
import org.entente.command.partnership.Commands.GiveNoticeOfNonRenewal;
import org.entente.command.partnership.Commands.KeepCalendar;
import org.entente.command.partnership.Commands.OnPartnership;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.ProposeTerms;
import org.entente.command.partnership.Commands.RecordErasure;
import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.command.partnership.Commands.RecordRectification;
import org.entente.command.partnership.Commands.RejectTerms;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.command.partnership.Commands.WithdrawPartner;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.PersonalDataErased;
import org.entente.events.PartnershipEvent.PersonalDataRectified;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Axon host of a partnership: it loads the state, asks the pure decisions what happens, records the answer
 * and keeps the calendar of what it makes due. Every handler returns the new version, which clients get back as
 * the ETag.
 */
@Aggregate(cache = EventStoreConfiguration.PARTNERSHIP_CACHE)
class Partnership {

    @AggregateIdentifier
    private UUID partnershipId;
    private PartnershipState state = PartnershipState.initial();
    private Reprise reprise = Reprise.NONE;
    private long version = -1;

    Partnership() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(ProposePartnership command, Clock clock, Calendar calendar) {
        List<PartnershipEvent> events = Proposing.decide(command, clock.instant());
        return record(events, reprise.effectiveDateOf(null, command.effectiveDate(), LocalDate.now(clock)), calendar);
    }

    @CommandHandler
    long handle(AcceptInvitation command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(DeclineInvitation command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(ProposeTerms command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(ApproveTerms command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(RejectTerms command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(AbandonNegotiation command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(SignAgreement command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(RecordEvaluation command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(OpenAmendment command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(WithdrawPartner command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(DissolvePartnership command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(GiveNoticeOfNonRenewal command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(FileFinancialReport command, Clock clock, Calendar calendar) {
        return decideAndRecord(command, clock, calendar);
    }

    @CommandHandler
    long handle(ActOnDueItem command, Clock clock, Calendar calendar) {
        PartnershipState before = state;
        LocalDate today = LocalDate.now(clock);
        Deadlines.act(state, command, clock, calendar.rules()).forEach(fallen ->
                AggregateLifecycle.apply(fallen.event(), dated(fallen.effectiveDate(today))));
        calendar.keep(partnershipId, before, state);
        return version;
    }

    @CommandHandler
    long handle(KeepCalendar command, Calendar calendar) {
        calendar.keepPending(partnershipId, state);
        return version;
    }

    @CommandHandler
    long handle(RecordErasure command, Clock clock) {
        AggregateLifecycle.apply(new PersonalDataErased(partnershipId, command.commitments(), command.ground(),
                clock.instant()));
        return version;
    }

    @CommandHandler
    long handle(RecordRectification command, Clock clock) {
        AggregateLifecycle.apply(new PersonalDataRectified(partnershipId, command.replaces(), command.name(),
                command.capacity(), clock.instant()));
        return version;
    }

    @EventSourcingHandler
    void on(PartnershipEvent event, @MetaDataValue(LedgerMetaData.EFFECTIVE_DATE) String effectiveDate) {
        partnershipId = event.partnershipId();
        state = state.evolve(event);
        reprise = reprise.after(event, effectiveDate == null ? null : LocalDate.parse(effectiveDate));
        version++;
    }

    /** The decision first, so that a step refused by the rules says so whatever date it names. */
    private long decideAndRecord(OnPartnership command, Clock clock, Calendar calendar) {
        List<PartnershipEvent> events = Decider.decide(state, command, clock);
        LocalDate effective = reprise.effectiveDateOf(state.status(), command.effectiveDate(), LocalDate.now(clock));
        return record(events, effective, calendar);
    }

    /** Records the events, each with the step's effective date when it has one. */
    private long record(List<PartnershipEvent> events, LocalDate effective, Calendar calendar) {
        PartnershipState before = state;
        events.forEach(event -> AggregateLifecycle.apply(event, dated(effective)));
        calendar.keep(partnershipId, before, state);
        return version;
    }

    private static MetaData dated(LocalDate effective) {
        return effective == null ? MetaData.emptyInstance()
                : MetaData.with(LedgerMetaData.EFFECTIVE_DATE, effective.toString());
    }

    /** Every institution that ever took part, invited, active or gone: each may read the partnership's history. */
    java.util.Set<String> parties() {
        return java.util.Set.copyOf(state.partners().keySet());
    }
}
