package org.entente.query.consuming;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.query.audit.EventLog;

/**
 * Exactly-once in effect (DESIGN §2, guarantee 3): an event is handled only the first time its id is seen. The
 * id is recorded in the transaction that applies the projections and stores the consumer position, so a
 * re-delivered event — after a crash, or by an at-least-once publisher — changes nothing.
 */
class FirstDeliveryOnly implements MessageHandlerInterceptor<EventMessage<?>> {

    private final EventLog log;

    FirstDeliveryOnly(EventLog log) {
        this.log = log;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!log.recordFirstDelivery(unitOfWork.getMessage())) {
            return null;
        }
        return chain.proceed();
    }
}
