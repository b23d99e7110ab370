package org.entente.query.consuming;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails must not move the consumer past the event: the error rolls back the projection and
 * the position together, and the processor retries. Axon's default would log the error and skip the event,
 * silently losing it from the read model.
 */
@Configuration
class ProjectionErrors {

    @Autowired
    void propagate(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
