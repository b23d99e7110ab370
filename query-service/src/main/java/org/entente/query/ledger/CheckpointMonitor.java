package org.entente.query.ledger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.ledger.LedgerCheckFailed;
import org.entente.ledger.NoteVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads the checkpoint topic from where it stopped, in order, and checks each checkpoint once the events it
 * covers have been received; its position moves past a checkpoint only once it was verified or raised an alarm.
 * Without a configured verifier key it does not run (its health says so): a monitor that trusts any key proves
 * nothing.
 */
@Component
class CheckpointMonitor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointMonitor.class);
    static final String GROUP = "entente-query-ledger-monitor";

    private final KafkaProperties kafka;
    private final MonitorSettings settings;
    private final MonitorTree tree;
    private final VerifiedCheckpoints verified;
    private final LedgerAlarms alarms;
    private final NoteVerifier key;
    private final Deque<ConsumerRecord<String, String>> queue = new ArrayDeque<>();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile long waitingFor = -1;

    CheckpointMonitor(KafkaProperties kafka, MonitorSettings settings, MonitorTree tree, VerifiedCheckpoints verified,
                      LedgerAlarms alarms) throws LedgerCheckFailed {
        this.kafka = kafka;
        this.settings = settings;
        this.tree = tree;
        this.verified = verified;
        this.alarms = alarms;
        this.key = settings.verifierKey() == null || settings.verifierKey().isBlank() ? null
                : NoteVerifier.parse(settings.verifierKey());
    }

    boolean enabled() {
        return key != null;
    }

    /** The size of a checkpoint waiting for events not received yet, or -1. */
    long waitingFor() {
        return waitingFor;
    }

    @Override
    public void start() {
        if (key == null) {
            log.warn("No ledger verifier key configured (ENTENTE_LEDGER_VERIFIER_KEY): checkpoints are not monitored");
            return;
        }
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers()), ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // The topic may be declared by command-service after this side started: look for it often.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000,
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) settings.monitorMaxPollInterval().toMillis()),
                new StringDeserializer(), new StringDeserializer());
        thread = new Thread(this::run, "ledger-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (KafkaConsumer<String, String> reading = consumer) {
            reading.subscribe(List.of(settings.checkpointTopic()));
            while (!Thread.currentThread().isInterrupted()) {
                reading.poll(Duration.ofSeconds(1)).forEach(queue::add);
                try {
                    checkQueued();
                } catch (RuntimeException e) {
                    log.warn("Checkpoints not checked this round, trying again: {}", e.getMessage());
                }
            }
        } catch (WakeupException stopping) {
            // stop() asked.
        }
    }

    private void checkQueued() {
        tree.catchUp();
        while (!queue.isEmpty()) {
            ConsumerRecord<String, String> record = queue.peek();
            CheckpointCheck.Outcome outcome = CheckpointCheck.check(record.value(), key, tree.tree(),
                    size -> verified.ofSize(size).map(VerifiedCheckpoints.Verified::checkpoint),
                    verified.latest().map(VerifiedCheckpoints.Verified::checkpoint));
            if (outcome instanceof CheckpointCheck.Outcome.Waiting waiting) {
                waitingFor = waiting.size();
                return;
            }
            if (outcome instanceof CheckpointCheck.Outcome.Verified ok) {
                verified.add(ok.checkpoint(), record.value());
            } else if (outcome instanceof CheckpointCheck.Outcome.Alarm alarm) {
                alarms.raise(alarm.kind(), alarm.detail(), alarm.size());
            }
            waitingFor = -1;
            queue.poll();
            consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1)));
        }
    }

    @Override
    public void stop() {
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
