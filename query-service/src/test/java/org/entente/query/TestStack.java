package org.entente.query;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.devstack.Database;
import org.entente.devstack.TestInfrastructure;
import org.entente.devstack.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.Map;

/** Wires a query-service test context to the JVM's shared PostgreSQL and Kafka, with its own database and topic. */
public record TestStack(String topic, Database database, String checkpointTopic) {

    public static TestStack register(DynamicPropertyRegistry registry) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        TestStack stack = new TestStack(infrastructure.freshTopic("partnership-events-it", 3),
                infrastructure.freshDatabase("query_it"), infrastructure.freshTopic("partnership-checkpoints-it", 1));
        registry.add("spring.datasource.url", stack.database::jdbcUrl);
        registry.add("spring.datasource.username", stack.database::username);
        registry.add("spring.datasource.password", stack.database::password);
        registry.add("axon.kafka.bootstrap-servers", infrastructure::bootstrapServers);
        registry.add("axon.kafka.default-topic", stack::topic);
        registry.add("entente.security.public-key", TestTokens::publicKeyLocation);
        registry.add("entente.ledger.checkpoint-topic", stack::checkpointTopic);
        return stack;
    }

    public static String bootstrapServers() {
        return TestInfrastructure.shared().bootstrapServers();
    }

    /** The end offset of each partition of the topic: the offset its next record will get. */
    public Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            return consumer.endOffsets(consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList());
        }
    }
}
