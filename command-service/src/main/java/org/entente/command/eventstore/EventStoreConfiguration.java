package org.entente.command.eventstore;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.entente.events.EventType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


@Configuration
class EventStoreConfiguration {

    /** Stored revisions come from the published contract's {@link EventType}, not from an Axon annotation. */
    @Bean
    RevisionResolver revisionResolver() {
        return payloadType -> {
            EventType type = payloadType.getAnnotation(EventType.class);
            return type == null ? null : Integer.toString(type.revision());
        };
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
