package org.entente.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureIT {

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();

    @Test
    void freshDatabases_areDistinctAndUsable() throws Exception {
        Database first = infrastructure.freshDatabase("probe");
        Database second = infrastructure.freshDatabase("probe");

        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
             ResultSet result = connection.createStatement().executeQuery("SELECT current_database()")) {
            result.next();
            assertThat(first.jdbcUrl()).contains("/" + result.getString(1));
        }
    }

    @Test
    void freshTopics_arePartitionedAndKeptForever() throws Exception {
        String topic = infrastructure.freshTopic("probe", 3);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.bootstrapServers()))) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);

            assertThat(description.partitions()).hasSize(3);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
        }
    }

    @Test
    void creatingAnExistingTopic_isHarmless() throws Exception {
        String topic = infrastructure.freshTopic("probe", 2);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.bootstrapServers()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()),
                     new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, 1, "key", "kept")).get(30, TimeUnit.SECONDS);

            Topics.createKeptForever(infrastructure.bootstrapServers(), topic, 2);

            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            assertThat(description.partitions()).hasSize(2);
            TopicPartition partition = new TopicPartition(topic, 1);
            assertThat(admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                    .get(30, TimeUnit.SECONDS).offset()).as("the record written before is still there").isEqualTo(1);
        }
    }
}
