package org.entente.notifier.topic;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.notifier.NotifierSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The notifier's one consumer of the topic, on a thread of its own. Each batch is taken record by record, in
 * order, then its positions committed: a crash in between reads the batch again, which the subscriber takes as
 * once. When taking fails (the database is gone), the batch is read again after a pause that doubles up to 30 s;
 * a record that is no event of this contract is logged and passed over, since no mail can come of it. Stopping
 * ends a pause at once: the pause waits on the stop, not on a sleep that nothing can cut short.
 */
@Component
class TopicSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicSubscription.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Subscriber subscriber;
    private final NotifierSettings settings;
    private final Duration firstPause;
    private final Reading reading = new Reading();
    private volatile CountDownLatch stopping;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    @Autowired
    TopicSubscription(Subscriber subscriber, NotifierSettings settings) {
        this(subscriber, settings, FIRST_PAUSE);
    }

    /** With another first pause: a test stops the subscription in a pause longer than its stop waits. */
    TopicSubscription(Subscriber subscriber, NotifierSettings settings, Duration firstPause) {
        this.subscriber = subscriber;
        this.settings = settings;
        this.firstPause = firstPause;
    }

    @Override
    public synchronized void start() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.group(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200), new StringDeserializer(), new ByteArrayDeserializer());
        stopping = new CountDownLatch(1);
        running = true;
        thread = new Thread(this::readUntilStopped, "notifier-topic");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopping.countDown();
        consumer.wakeup();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the reading thread has ended, its consumer closed. */
    boolean ended() {
        return thread != null && !thread.isAlive();
    }

    private void readUntilStopped() {
        Duration pause = firstPause;
        try (KafkaConsumer<String, byte[]> reader = consumer) {
            reader.subscribe(List.of(settings.topic()));
            while (running) {
                pause = readOnce(reader, pause);
            }
        } catch (WakeupException | InterruptedException stopped) {
            // Stopping: what was taken and not committed is read again at the next start, and taken as once.
        }
    }

    /** Reads and takes one batch; answers the pause before the next attempt should this one have failed. */
    private Duration readOnce(KafkaConsumer<String, byte[]> reader, Duration pause) throws InterruptedException {
        ConsumerRecords<String, byte[]> batch = ConsumerRecords.empty();
        try {
            batch = reader.poll(POLL);
            if (takeAll(batch)) {
                reader.commitSync(Duration.ofSeconds(30));
                return firstPause;
            }
        } catch (WakeupException stopping) {
            throw stopping;
        } catch (KafkaException e) {
            // A broker away or a rebalance under a commit: the batch comes again, from the committed positions.
            log.warn("Reading the topic failed, trying again in {}: {}", pause, e.getMessage());
        }
        rewind(reader, batch);
        if (stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new WakeupException();
        }
        Duration longer = pause.multipliedBy(2);
        return longer.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : longer;
    }

    private boolean takeAll(ConsumerRecords<String, byte[]> batch) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                subscriber.take(reading.read(record));
            } catch (Unreadable e) {
                log.warn("Record {}-{}@{} passed over: {}", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Record {}-{}@{} not taken, read again soon: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                return false;
            }
        }
        return true;
    }

    /** Back to each partition's first record of the batch: the batch is read again, in order. */
    private static void rewind(KafkaConsumer<String, byte[]> reader, ConsumerRecords<String, byte[]> batch) {
        for (TopicPartition partition : batch.partitions()) {
            // A partition taken away by a rebalance is read again by its new owner, from the committed position.
            if (reader.assignment().contains(partition)) {
                reader.seek(partition, batch.records(partition).get(0).offset());
            }
        }
    }
}
