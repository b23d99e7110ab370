package org.entente.query.replay;

import org.apache.kafka.common.TopicPartition;

/** A partition of the topic, as positions are kept: a map key that prints as Kafka prints it. */
record PartitionKey(String topic, int partition) {

    static PartitionKey of(TopicPartition partition) {
        return new PartitionKey(partition.topic(), partition.partition());
    }

    TopicPartition toKafka() {
        return new TopicPartition(topic, partition);
    }

    @Override
    public String toString() {
        return topic + '-' + partition;
    }
}
