package org.entente.command.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's event store, telling its readers (the publisher) of new events once they are really committed. Axon
 * tells them when the command's unit of work commits; inside the idempotency filter's longer transaction that is
 * before the events are visible, and a reader that found nothing then slept a whole fetch delay (a second) unless
 * another command woke it: at a low rate, most events reached the topic late, some a second late (BENCHMARKS.md,
 * issue 12). Here the telling waits for the transaction's commit.
 */
final class NudgedAfterCommit extends EmbeddedEventStore {

    NudgedAfterCommit(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            super.afterCommit(events);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                NudgedAfterCommit.super.afterCommit(events);
            }
        });
    }
}
