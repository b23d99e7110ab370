package org.entente.command.publishing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Axon's publisher, which sends each stored event after its position and sends it again when a batch fails or
 * the service restarts, made to send an event only if it is not at the end of the topic already (see
 * {@link RecentlyPublished}): the topic holds each stored event once, also after a crash of the broker, of this
 * service or of its database. The end of the topic is read again whenever the publisher may have sent more than
 * its position says: at the start, after a failed batch, and when the processor went back to an earlier position
 * (see {@link Rewinds}). One publisher thread (one segment) calls it.
 */
final class OncePerEvent extends KafkaPublisher<String, byte[]> {

    private static final String SUSPECT_ON_ROLLBACK = OncePerEvent.class.getName() + ".suspectOnRollback";

    private final RecentlyPublished recent;
    private final ProducerFactory<String, byte[]> producers;
    private final Runnable positionWithoutFlush;
    private final Rewinds rewinds = new Rewinds();

    /**
     * {@code positionWithoutFlush} runs once per batch, in its transaction: it lets the position's commit return
     * before PostgreSQL flushed it (see {@link PublishingConfiguration}).
     */
    OncePerEvent(Builder<String, byte[]> builder, ProducerFactory<String, byte[]> producers,
                 RecentlyPublished recent, Runnable positionWithoutFlush) {
        super(builder);
        this.producers = producers;
        this.recent = recent;
        this.positionWithoutFlush = positionWithoutFlush;
    }

    @Override
    public <T extends EventMessage<?>> void send(T event) {
        if (CurrentUnitOfWork.isStarted()) {
            // Once per unit of work, however many events its batch sends.
            CurrentUnitOfWork.get().root().getOrComputeResource(SUSPECT_ON_ROLLBACK, key -> {
                CurrentUnitOfWork.get().root().onRollback(unitOfWork -> recent.suspect());
                positionWithoutFlush.run();
                return Boolean.TRUE;
            });
        }
        if (event instanceof TrackedEventMessage<?> tracked
                && rewinds.wentBack(tracked.trackingToken().position().orElse(-1))) {
            recent.suspect();
        }
        if (recent.contains(event.getIdentifier(), () -> producers.createProducer().flush())) {
            return;
        }
        super.send(event);
    }
}
