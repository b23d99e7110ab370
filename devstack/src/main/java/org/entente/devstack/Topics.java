package org.entente.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.entente.events.PartnershipTopic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Declares topics on any broker, the way the partnership stream needs them: keyed, partitioned, kept forever. */
public final class Topics {

    private Topics() {
    }

    /**
     * Creates the topic unless it exists; retention is unlimited because the topic is the replay source, and the
     * replication factor is the broker's default, so that a real cluster replicates it.
     */
    public static void createKeptForever(String bootstrapServers, String name, int partitions) {
        NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty())
                .configs(PartnershipTopic.SETTINGS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not create " + name + " in 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
