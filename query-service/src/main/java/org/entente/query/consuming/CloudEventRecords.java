package org.entente.query.consuming;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.entente.query.intake.ReceivedRecord;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Hands every record of the topic to the processor as it arrived. Reading it through the contract is the
 * intake's work, inside the transaction that stores the position, so that a record the contract does not allow is
 * parked there with its error instead of being dropped here.
 */
@Component
class CloudEventRecords implements KafkaMessageConverter<String, byte[]> {

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        return Optional.of(GenericEventMessage.asEventMessage(ReceivedRecord.of(record)));
    }

    /** The query side consumes only. */
    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        throw new UnsupportedOperationException("The query service does not publish to the partnership topic");
    }
}
