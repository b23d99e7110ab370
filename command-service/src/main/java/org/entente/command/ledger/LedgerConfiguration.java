package org.entente.command.ledger;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LedgerConfiguration {

    /**
     * Every event published on the event store has its personal values replaced by their commitments, then passes
     * the appender, before it is stored: in this order, so that the chain and the leaf commit to the commitments.
     */
    @Bean
    SmartInitializingSingleton ledgerOnTheEventStore(EventStore eventStore, PersonalValueSealer sealer,
                                                     LedgerAppender appender) {
        return () -> {
            eventStore.registerDispatchInterceptor(sealer);
            eventStore.registerDispatchInterceptor(appender);
        };
    }
}
