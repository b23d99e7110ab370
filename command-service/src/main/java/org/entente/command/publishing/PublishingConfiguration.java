package org.entente.command.publishing;

import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The publisher of the partnership topic: Axon's, sending each stored event once (see {@link OncePerEvent}). */
@Configuration
class PublishingConfiguration {

    @Bean
    @SuppressWarnings("unchecked")
    KafkaPublisher<String, byte[]> kafkaPublisher(ProducerFactory<?, ?> producers, CloudEventRecords records,
                                                  @Qualifier("eventSerializer") Serializer serializer,
                                                  TopicResolver topics, KafkaProperties kafka,
                                                  @Value("${entente.publishing.recent-depth:"
                                                          + RecentlyPublished.DEFAULT_DEPTH + "}") int depth) {
        ProducerFactory<String, byte[]> typed = (ProducerFactory<String, byte[]>) producers;
        KafkaMessageConverter<String, byte[]> converter = records;
        RecentlyPublished recent = new RecentlyPublished(String.join(",", kafka.getBootstrapServers()),
                kafka.getDefaultTopic(), depth);
        return new OncePerEvent(KafkaPublisher.<String, byte[]>builder().producerFactory(typed)
                .messageConverter(converter).serializer(serializer).topicResolver(topics), typed, recent);
    }
}
