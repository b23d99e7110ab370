package org.entente.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

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
    void creatingAnExistingTopic_isHarmless() {
        String topic = infrastructure.freshTopic("probe", 2);

        Topics.createKeptForever(infrastructure.bootstrapServers(), topic, 2);
    }
}
