package org.entente.notifier.topic;

import org.entente.devstack.TestInfrastructure;
import org.entente.events.Institution;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.notifier.NotifierSettings;
import org.entente.notifier.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The subscription against a real broker, when taking a record keeps failing (its database away): it pauses before
 * reading the record again, and a stop during that pause ends the reader and closes its consumer at once, rather
 * than leaving them behind a stop that gave up waiting. The health's {@code consumption} counts what it has not
 * stored yet.
 */
class TopicSubscriptionIT {

    private static final TestInfrastructure INFRASTRUCTURE = TestInfrastructure.shared();

    @Test
    void aStopDuringAPause_endsTheReaderAtOnce() throws Exception {
        String topic = INFRASTRUCTURE.freshTopic("notifier-pause", 1);
        CountDownLatch tried = new CountDownLatch(1);
        Subscriber failing = received -> {
            tried.countDown();
            throw new IllegalStateException("the notifier's database is away");
        };
        // A pause far longer than the 15 s a stop waits for the reader: only a stop that ends the pause passes.
        TopicSubscription subscription = new TopicSubscription(failing, settings(topic), Duration.ofMinutes(10));
        subscription.start();
        try (Topic publisher = new Topic(INFRASTRUCTURE.bootstrapServers(), topic)) {
            publisher.publish(0, Instant.now(), proposal());
        }
        assertThat(tried.await(60, TimeUnit.SECONDS)).as("the record was read and its taking failed").isTrue();

        subscription.stop();

        assertThat(subscription.ended()).as("the reader ended and closed its consumer when stopped").isTrue();
        assertThat(subscription.isRunning()).isFalse();
    }

    @Test
    void theConsumptionInTheHealth_countsTheRecordsNotTakenYet_untilTheyAreStored() throws Exception {
        String topic = INFRASTRUCTURE.freshTopic("notifier-lag", 2);
        NotifierSettings settings = settings(topic);
        ConsumptionHealth consumption = new ConsumptionHealth(settings);
        AtomicBoolean databaseAway = new AtomicBoolean(true);
        AtomicInteger tries = new AtomicInteger();
        Subscriber subscriber = received -> {
            tries.incrementAndGet();
            if (databaseAway.get()) {
                throw new IllegalStateException("the notifier's database is away");
            }
        };
        try (Topic publisher = new Topic(INFRASTRUCTURE.bootstrapServers(), topic)) {
            publisher.publish(0, Instant.now(), proposal());
            publisher.publish(0, Instant.now(), proposal());
        }
        assertThat(lag(consumption)).as("nothing read yet").isEqualTo(2);

        TopicSubscription subscription = new TopicSubscription(subscriber, settings, Duration.ofMillis(100));
        subscription.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> tries.get() >= 2);
            assertThat(lag(consumption)).as("read, but not stored").isEqualTo(2);

            databaseAway.set(false);
            await().atMost(Duration.ofSeconds(60)).until(() -> lag(consumption) == 0);
        } finally {
            subscription.stop();
        }
        assertThat(consumption.health().getStatus()).isEqualTo(Status.UP);
    }

    private static long lag(ConsumptionHealth consumption) {
        return ((Number) consumption.health().getDetails().get("consumerLag")).longValue();
    }

    private static NotifierSettings settings(String topic) {
        return new NotifierSettings(INFRASTRUCTURE.bootstrapServers(), topic, "notifier-pause-" + UUID.randomUUID(),
                "entente@example.org", URI.create("https://entente.example"), null, Duration.ofDays(7));
    }

    private static PartnershipProposed proposal() {
        UUID id = UUID.randomUUID();
        return new PartnershipProposed(id, "CEJ-57", "Contrat Enfance Jeunesse", "Accueil des enfants", null, null,
                null, new Institution("ccas-metz", "CCAS de Metz", Institution.Kind.LOCAL_AUTHORITY), null,
                "sha256:v1", Instant.now());
    }
}
