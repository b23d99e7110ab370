package org.entente.command.partnership;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.events.PartnershipEvent;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The Axon host of a partnership: it loads the state, asks the pure decisions what happens and records the
 * answer. Every handler returns the new version, which clients get back as the ETag.
 */
@Aggregate
class Partnership {

    @AggregateIdentifier
    private UUID partnershipId;
    private PartnershipState state = PartnershipState.initial();
    private long version = -1;

    Partnership() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(ProposePartnership command, Clock clock) {
        return record(Proposing.decide(command, clock.instant()));
    }

    @EventSourcingHandler
    void on(PartnershipEvent event) {
        partnershipId = event.partnershipId();
        state = state.evolve(event);
        version++;
    }

    private long record(List<PartnershipEvent> events) {
        events.forEach(AggregateLifecycle::apply);
        return version;
    }
}
