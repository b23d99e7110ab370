package org.entente.devstack;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.HashMap;
import java.util.Map;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), run inside this JVM from the
 * org.apache.kafka jars: the integration tests' broker, one per test JVM. {@code ./entente up} runs a
 * {@link KafkaServer} in a process of its own instead.
 */
public final class KafkaBroker implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private KafkaBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts a broker listening on the given port, or on a free one when the port is 0. */
    public static KafkaBroker start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        // Topics are declared, never created by accident: a typo must fail rather than split the stream.
        Map<String, String> properties = new HashMap<>(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        if (port != 0) {
            // The KRaft test kit binds its client listener, named EXTERNAL, to a free port unless told otherwise.
            properties.put("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0");
        }
        broker.brokerProperties(properties);
        broker.afterPropertiesSet();
        return new KafkaBroker(broker);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
