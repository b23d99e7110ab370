package org.entente.devstack;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * One database server and one broker per test JVM, shared by every integration test class; each class isolates
 * itself with fresh database and topic names. In-JVM servers by default; Testcontainers' PostgreSQL and Kafka
 * with {@code -Dentente.it.containers=true} on a machine that has a Docker engine.
 */
public final class TestInfrastructure {

    private static TestInfrastructure shared;

    private final Database admin;
    private final String bootstrapServers;

    private TestInfrastructure(Database admin, String bootstrapServers) {
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
    }

    public static synchronized TestInfrastructure shared() {
        if (shared == null) {
            shared = Boolean.getBoolean("entente.it.containers") ? ContainerServers.start() : inJvm();
        }
        return shared;
    }

    static TestInfrastructure of(Database admin, String bootstrapServers) {
        return new TestInfrastructure(admin, bootstrapServers);
    }

    private static TestInfrastructure inJvm() {
        PostgresServer postgres = PostgresServer.startForTests();
        KafkaBroker kafka = KafkaBroker.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringShutdown();
            kafka.close();
            postgres.close();
        }, "test-infrastructure-shutdown"));
        return new TestInfrastructure(postgres.database("postgres"), kafka.bootstrapServers());
    }

    /**
     * Shutdown hooks run at the same time. Spring closes the test contexts in a hook of its own; stopping the
     * servers under them leaves their consumers reconnecting to a gone broker, and the JVM waiting for them. So the
     * servers wait for the contexts, a bounded time.
     */
    private static void awaitSpringShutdown() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("SpringApplicationShutdownHook") && thread != Thread.currentThread()) {
                try {
                    thread.join(Duration.ofSeconds(20).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A new, empty database whose name starts with {@code prefix}. */
    public Database freshDatabase(String prefix) {
        return Databases.ensure(admin, uniqueName(prefix, "_"));
    }

    /** A new topic, kept forever, whose name starts with {@code prefix}. */
    public String freshTopic(String prefix, int partitions) {
        String name = freshTopicName(prefix);
        Topics.createKeptForever(bootstrapServers, name, partitions);
        return name;
    }

    /** A topic name nobody used yet, for a test in which the code under test declares the topic. */
    public String freshTopicName(String prefix) {
        return uniqueName(prefix, "-");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private static String uniqueName(String prefix, String separator) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return (prefix + separator + suffix).toLowerCase(Locale.ROOT);
    }
}
