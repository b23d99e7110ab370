package org.entente.devstack;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), run inside this JVM from the
 * org.apache.kafka jars.
 */
public final class KafkaBroker implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private KafkaBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts a broker listening on the given port, or on a free one when the port is 0. */
    public static KafkaBroker start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.kafkaPorts(port);
        // Topics are declared, never created by accident: a typo must fail rather than split the stream.
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        broker.afterPropertiesSet();
        return new KafkaBroker(broker);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Creates a topic that keeps its records forever, as the partnership stream must. */
    public void createTopic(String name, int partitions) {
        Topics.createKeptForever(bootstrapServers(), name, partitions);
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
