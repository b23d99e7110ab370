package org.entente.query.consuming;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.entente.query.intake.AppliedPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The live consumer's source: the Kafka topic, resumed from what the read models hold rather than from the token
 * Axon stored. Axon's Kafka source gives each record the token of everything fetched so far, but delivers records
 * sorted by time across partitions; a stored token can therefore claim records of another partition that were not
 * applied yet, and resuming from it, after a restart or a retried failure, would skip them for good. The read
 * models keep the offset of every record they took, in the transaction that took it, so they know exactly where
 * to resume. Records after that point delivered again are recognised by their event id.
 */
@Component(ResumeFromReadModels.BEAN)
class ResumeFromReadModels implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** The name {@code axon.eventhandling.processors.portfolio.source} refers to. */
    static final String BEAN = "resumeFromReadModels";

    private static final Logger log = LoggerFactory.getLogger(ResumeFromReadModels.class);

    private final StreamableKafkaMessageSource<String, byte[]> kafka;
    private final AppliedPositions applied;
    private final String topic;

    ResumeFromReadModels(StreamableKafkaMessageSource<String, byte[]> kafka, AppliedPositions applied,
                         KafkaProperties settings) {
        this.kafka = kafka;
        this.applied = applied;
        this.topic = settings.getDefaultTopic();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken stored) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        applied.lastApplied().forEach((partition, offset) -> positions.put(new TopicPartition(topic, partition),
                offset));
        if (positions.isEmpty()) {
            return kafka.openStream(stored);
        }
        KafkaTrackingToken resume = KafkaTrackingToken.newInstance(positions);
        if (stored != null && !resume.equals(KafkaTrackingToken.from(stored))) {
            log.info("Resuming the topic after the last records the read models took, {}, not at the stored {}",
                    resume, stored);
        }
        return kafka.openStream(resume);
    }

    @Override
    public TrackingToken createTailToken() {
        return kafka.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return kafka.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return kafka.createTokenAt(dateTime);
    }
}
