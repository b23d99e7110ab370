package org.entente.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits until a broker that accepts connections also answers them. A port that accepts is not a broker that
 * serves: a broker restarted on its kept data answers only once it has caught up with its metadata and been
 * unfenced, and a port handed over to the broker may meanwhile have been bound by another process. The broker is
 * ready when a cluster description, asked through that port, lists a broker.
 */
final class BrokerReadiness {

    /** How long one question may take: a ready broker answers in milliseconds. */
    private static final Duration QUESTION = Duration.ofSeconds(2);

    private final String bootstrapServers;
    private final BooleanSupplier alive;
    private final Supplier<String> logTail;

    BrokerReadiness(String bootstrapServers, BooleanSupplier alive, Supplier<String> logTail) {
        this.bootstrapServers = bootstrapServers;
        this.alive = alive;
        this.logTail = logTail;
    }

    /** Returns once the broker answers; fails, saying what it last saw, if it ends or the deadline passes first. */
    void await(Instant deadline) {
        String lastSeen = "no answer yet";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) QUESTION.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) QUESTION.toMillis()))) {
            while (Instant.now().isBefore(deadline)) {
                if (!alive.getAsBoolean()) {
                    throw new IllegalStateException("The Kafka server at " + bootstrapServers
                            + " stopped before it answered: " + logTail.get());
                }
                lastSeen = ask(admin);
                if (lastSeen == null) {
                    return;
                }
                KafkaServer.sleep(200);
            }
        }
        throw new IllegalStateException("The Kafka server at " + bootstrapServers + " accepted connections but did "
                + "not answer by " + deadline + " (last: " + lastSeen + "): " + logTail.get());
    }

    /** Null once a broker is listed, else what the question met. */
    private String ask(Admin admin) {
        try {
            Collection<Node> brokers = admin.describeCluster(new DescribeClusterOptions()
                    .timeoutMs((int) QUESTION.toMillis())).nodes().get(QUESTION.toMillis() * 2, TimeUnit.MILLISECONDS);
            return brokers.isEmpty() ? "a cluster without a serving broker" : null;
        } catch (ExecutionException e) {
            return e.getCause().toString();
        } catch (TimeoutException e) {
            return "no answer in " + QUESTION.toSeconds() * 2 + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
