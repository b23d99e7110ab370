package org.entente.query.consuming;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.entente.query.audit.EventLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * How the read models are fed. A projection that fails must not move the consumer past the event: the error rolls back the projection and
 * the position together, and the processor retries. Axon's default would log the error and skip the event,
 * silently losing it from the read model. And every event is handled once, however often it is delivered.
 */
@Configuration
class ProcessorConfiguration {

    @Autowired
    void propagate(EventProcessingConfigurer processing, EventLog log) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        processing.registerHandlerInterceptor("portfolio", configuration -> new FirstDeliveryOnly(log));
    }
}
