package org.entente.cli;

import org.entente.cli.launcher.Stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.entente.devstack.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servers {@code ./entente up} starts keep what they acknowledge (DESIGN §2, guarantee 9): PostgreSQL syncs
 * every commit to disk, and the single broker flushes every record before acknowledging it.
 */
@ResourceLock(SharedStack.LOCK)
class DurableSettingsIT {

    private static Stack stack;

    @BeforeAll
    static void up() throws Exception {
        stack = SharedStack.get();
    }

    @Test
    void thePostgresqlThatUpStarts_syncsEveryCommitToDisk() throws Exception {
        Database admin = stack.adminDatabase();
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password())) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = connection.createStatement().executeQuery("SHOW " + setting)) {
                    value.next();
                    assertThat(value.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void theBrokerThatUpStarts_flushesEachRecordBeforeAcknowledgingIt() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            String broker = Integer.toString(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).iterator()
                    .next().id());
            ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, broker);
            var config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);

            assertThat(config.get("log.flush.interval.messages").value()).isEqualTo("1");
        }
    }
}
