package org.entente.command.ledger;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LedgerConfiguration {

    /** Every event published on the event store passes the appender before it is stored. */
    @Bean
    SmartInitializingSingleton ledgerOnTheEventStore(EventStore eventStore, LedgerAppender appender) {
        return () -> eventStore.registerDispatchInterceptor(appender);
    }
}
