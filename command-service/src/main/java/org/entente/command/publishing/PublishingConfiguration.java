package org.entente.command.publishing;

import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/** The publisher of the partnership topic: Axon's, sending each stored event once (see {@link OncePerEvent}). */
@Configuration
class PublishingConfiguration {

    static final int DEFAULT_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PublishingConfiguration.class);

    /**
     * Events sent per unit of work: all sent at once, their acknowledgements awaited together in the unit's
     * prepare-commit, before the position moves (see {@link OncePerEvent}). One at a time, the publisher waited a
     * broker round trip and a position commit per event (BENCHMARKS.md, issue 12). A failed batch can have put this many on the topic
     * beyond the position: the read-back must reach further.
     */
    @Autowired
    void batches(EventProcessingConfigurer processing,
                 @Value("${entente.publishing.batch-size:" + DEFAULT_BATCH + "}") int batchSize,
                 @Value("${entente.publishing.recent-depth:" + RecentlyPublished.DEFAULT_DEPTH + "}") int depth) {
        if (batchSize < 1) {
            throw new IllegalStateException("entente.publishing.batch-size must be at least 1");
        }
        if (depth < batchSize) {
            log.warn("entente.publishing.recent-depth ({}) is below entente.publishing.batch-size ({}): after a "
                    + "failed batch, events may be published twice", depth, batchSize);
        }
        processing.registerTrackingEventProcessorConfiguration(PublicationHealth.PUBLISHER, configuration ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }

    /**
     * The publisher's position is committed without waiting for PostgreSQL to flush it: it only says where to
     * resume, and the read-back of the topic's end covers a position lost in a crash of PostgreSQL (at most
     * three WAL-writer delays, 600 ms by default, of batches), so nothing is sent twice. Each batch then waits for one flush,
     * the broker's, instead of two (BENCHMARKS.md, issue 12). The events themselves are committed by the commands,
     * durably, before the publisher ever sees them.
     */
    @Bean
    @SuppressWarnings("unchecked")
    KafkaPublisher<String, byte[]> kafkaPublisher(ProducerFactory<?, ?> producers, CloudEventRecords records,
                                                  @Qualifier("eventSerializer") Serializer serializer,
                                                  TopicResolver topics, KafkaProperties kafka, JdbcTemplate jdbc,
                                                  @Value("${entente.publishing.recent-depth:"
                                                          + RecentlyPublished.DEFAULT_DEPTH + "}") int depth,
                                                  @Value("${entente.publishing.broker-patience:"
                                                          + SentBatch.DEFAULT_PATIENCE + "}") Duration patience) {
        ProducerFactory<String, byte[]> typed = (ProducerFactory<String, byte[]>) producers;
        KafkaMessageConverter<String, byte[]> converter = records;
        RecentlyPublished recent = new RecentlyPublished(String.join(",", kafka.getBootstrapServers()),
                kafka.getDefaultTopic(), depth);
        return new OncePerEvent(KafkaPublisher.<String, byte[]>builder().producerFactory(typed)
                .messageConverter(converter).serializer(serializer).topicResolver(topics), typed, converter, topics,
                recent, () -> jdbc.execute("SET LOCAL synchronous_commit = off"), patience);
    }
}
