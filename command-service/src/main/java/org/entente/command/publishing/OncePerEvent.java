package org.entente.command.publishing;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;

/**
 * Axon's publisher, which sends each stored event after its position and sends it again when a batch fails or
 * the service restarts, made to send an event only if it is not at the end of the topic already (see
 * {@link RecentlyPublished}): the topic holds each stored event once, also after a crash of the broker, of this
 * service or of its database. The end of the topic is read again whenever the publisher may have sent more than
 * its position says: at the start, after a failed batch, and when the processor went back to an earlier position
 * (see {@link Rewinds}). One publisher thread (one segment) calls it.
 *
 * <p>It sends a batch's events without waiting, and awaits their acknowledgements together before the batch's
 * position is stored ({@link SentBatch}). Axon's own publisher waits for each event's acknowledgement before it
 * sends the next: one broker round trip and flush per event, a hundred events a second at best (BENCHMARKS.md,
 * issue 12).
 */
final class OncePerEvent extends KafkaPublisher<String, byte[]> {

    private static final String BATCH = OncePerEvent.class.getName() + ".batch";

    private final RecentlyPublished recent;
    private final ProducerFactory<String, byte[]> producers;
    private final KafkaMessageConverter<String, byte[]> records;
    private final TopicResolver topics;
    private final Runnable positionWithoutFlush;
    private final Duration patience;
    private final Rewinds rewinds = new Rewinds();

    /**
     * {@code positionWithoutFlush} runs once per batch, in its transaction: it lets the position's commit return
     * before PostgreSQL flushed it (see {@link PublishingConfiguration}). {@code patience} is how long a batch
     * waits for the broker's acknowledgements ({@link SentBatch}).
     */
    OncePerEvent(Builder<String, byte[]> builder, ProducerFactory<String, byte[]> producers,
                 KafkaMessageConverter<String, byte[]> records, TopicResolver topics, RecentlyPublished recent,
                 Runnable positionWithoutFlush, Duration patience) {
        super(builder);
        this.producers = producers;
        this.records = records;
        this.topics = topics;
        this.recent = recent;
        this.positionWithoutFlush = positionWithoutFlush;
        this.patience = patience;
    }

    @Override
    public <T extends EventMessage<?>> void send(T event) {
        SentBatch batch = CurrentUnitOfWork.isStarted() ? batchOf(CurrentUnitOfWork.get().root()) : null;
        if (event instanceof TrackedEventMessage<?> tracked
                && rewinds.wentBack(tracked.trackingToken().position().orElse(-1))) {
            recent.suspect();
        }
        if (recent.contains(event.getIdentifier(), () -> producers.createProducer().flush())) {
            return;
        }
        String topic = topics.resolve(event).orElseThrow(() -> new IllegalStateException(
                "No topic for " + event.getPayloadType().getSimpleName()));
        ProducerRecord<String, byte[]> record = records.createKafkaMessage(event, topic);
        if (batch == null) {
            SentBatch alone = new SentBatch(patience);
            alone.add(producers.createProducer().send(record));
            alone.awaitAcknowledged();
        } else {
            batch.add(producers.createProducer().send(record));
        }
    }

    /** The batch of this unit of work, made at its first event: awaited before the position is stored. */
    private SentBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            SentBatch batch = new SentBatch(patience);
            unitOfWork.onPrepareCommit(committing -> batch.awaitAcknowledged());
            unitOfWork.onRollback(rollingBack -> recent.suspect());
            positionWithoutFlush.run();
            return batch;
        });
    }
}
