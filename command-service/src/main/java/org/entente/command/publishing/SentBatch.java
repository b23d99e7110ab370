package org.entente.command.publishing;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.messaging.EventPublicationFailedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The records a batch sent, awaited together: the batch's position may be stored only once the broker
 * acknowledged every one of them. A failure or a wait beyond its patience ({@code entente.publishing.broker-patience},
 * {@value #DEFAULT_PATIENCE}) fails the batch, whose unit of work then rolls back; the processor sends it again, and the read-back of the topic's end keeps what did
 * arrive from being sent twice.
 */
final class SentBatch {

    static final String DEFAULT_PATIENCE = "30s";

    private final Duration patience;
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    SentBatch(Duration patience) {
        this.patience = patience;
    }

    void add(Future<RecordMetadata> record) {
        sent.add(record);
    }

    void awaitAcknowledged() {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Future<RecordMetadata> record : sent) {
            try {
                record.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventPublicationFailedException("Interrupted while awaiting the broker", e);
            } catch (ExecutionException e) {
                throw new EventPublicationFailedException("The broker refused a record of the batch", e.getCause());
            } catch (TimeoutException e) {
                throw new EventPublicationFailedException("The broker did not acknowledge the batch within "
                        + patience.toMillis() + " ms", e);
            }
        }
    }
}
