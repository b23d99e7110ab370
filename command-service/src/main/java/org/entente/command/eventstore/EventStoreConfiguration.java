package org.entente.command.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.entente.command.vault.Vault;
import org.axonframework.serialization.RevisionResolver;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.EventType;
import org.entente.events.EventUpcasters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


@Configuration
public class EventStoreConfiguration {

    public static final String PARTNERSHIP_CACHE = "partnershipCache";

    /**
     * Axon's JDBC storage engine, exactly as Axon's auto-configuration builds it (which steps aside once the event
     * store below is ours).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions) {
        return JdbcEventStorageEngine.builder().snapshotSerializer(serializer).upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver()).eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter()).connectionProvider(connections)
                .transactionManager(transactions).schema(new EventSchema()).build();
    }

    /** Axon's embedded event store, as Axon's auto-configuration builds it, whose readers hear of commits. */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return new NudgedAfterCommit(EmbeddedEventStore.builder().storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)));
    }

    /** Stored revisions come from the published contract's {@link EventType}, not from an Axon annotation. */
    @Bean
    RevisionResolver revisionResolver() {
        return payloadType -> {
            EventType type = payloadType.getAnnotation(EventType.class);
            return type == null ? null : Integer.toString(type.revision());
        };
    }

    /** The contract's upcasters, which Axon's auto-configuration puts in the event store's upcaster chain. */
    @Bean
    ContractUpcasting contractUpcasting(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        return new ContractUpcasting(json, EventUpcasters.contract());
    }

    /**
     * The partnerships recently commanded, kept decided-upon in memory (see {@link AggregateCache}); the name
     * {@code @Aggregate(cache = …)} refers to.
     */
    @Bean(PARTNERSHIP_CACHE)
    Cache partnershipCache(@Value("${entente.aggregate-cache.size:10000}") long size) {
        return new AggregateCache(size);
    }

    /** Correlation and causation ids: which request and which message led to each event. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * Who acted: copied from the command onto every event it causes, for the audit trail; and whose personal
     * values the event holds when they are not the actor's (a rectification), which the vault's sealer takes off.
     */
    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider("actorId", "actorName", "actorInstitution", Vault.SUBJECT);
    }
}
