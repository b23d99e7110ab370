package org.entente.query.consuming;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * How the read models are fed. A record that cannot be applied is parked by the intake; what still fails is the
 * database itself, and then the consumer must not move past the record: the error rolls back the read models and
 * the position together, and the processor retries. Axon's default would log the error and skip the record,
 * silently losing it from the read models.
 */
@Configuration
class ProcessorConfiguration {

    @Autowired
    void propagate(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
