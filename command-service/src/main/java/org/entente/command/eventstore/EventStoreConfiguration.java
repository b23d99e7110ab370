package org.entente.command.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.entente.events.EventType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


@Configuration
public class EventStoreConfiguration {

    public static final String PARTNERSHIP_CACHE = "partnershipCache";

    /** Stored revisions come from the published contract's {@link EventType}, not from an Axon annotation. */
    @Bean
    RevisionResolver revisionResolver() {
        return payloadType -> {
            EventType type = payloadType.getAnnotation(EventType.class);
            return type == null ? null : Integer.toString(type.revision());
        };
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

    /** Who acted: copied from the command onto every event it causes, for the audit trail. */
    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider("actorId", "actorName", "actorInstitution");
    }
}
