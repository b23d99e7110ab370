package org.entente.command.eventstore;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.transaction.support.TransactionSynchronization.STATUS_COMMITTED;
import static org.springframework.transaction.support.TransactionSynchronization.STATUS_ROLLED_BACK;

/** The aggregate cache holds committed states only (issue 12, requirement 4: each partnership's order kept). */
class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(100);

    @Test
    void outsideATransaction_aStateIsKeptAtOnce() {
        cache.put("p", "v1");

        assertThat(cache.<String, String>get("p")).isEqualTo("v1");
    }

    @Test
    void duringATransaction_thePartnershipIsOutOfTheCache_untilItCommits() {
        cache.put("p", "v1");
        List<TransactionSynchronization> transaction = inTransaction(() -> cache.put("p", "v2"));

        assertThat(cache.<String, String>get("p")).as("before the commit").isNull();
        end(transaction, STATUS_COMMITTED);
        assertThat(cache.<String, String>get("p")).isEqualTo("v2");
    }

    @Test
    void aTransactionThatRollsBack_leavesNothingCached() {
        cache.put("p", "v1");
        end(inTransaction(() -> cache.put("p", "v2")), STATUS_ROLLED_BACK);

        assertThat(cache.<String, String>get("p")).isNull();
    }

    @Test
    void anOlderTransactionCommittingLast_doesNotReplaceTheNewerState() {
        List<TransactionSynchronization> older = inTransaction(() -> cache.put("p", "older"));
        List<TransactionSynchronization> newer = inTransaction(() -> cache.put("p", "newer"));

        end(newer, STATUS_COMMITTED);
        end(older, STATUS_COMMITTED);

        assertThat(cache.<String, String>get("p")).isEqualTo("newer");
    }

    @Test
    void theSizeIsBounded() {
        AggregateCache small = new AggregateCache(10);
        for (int i = 0; i < 1_000; i++) {
            small.put("p" + i, "v");
        }

        assertThat(small.size()).isLessThanOrEqualTo(10);
    }

    /** Runs {@code work} as inside a transaction; answers what it registered to hear of the transaction's end. */
    private static List<TransactionSynchronization> inTransaction(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            return TransactionSynchronizationManager.getSynchronizations();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    /** What Spring does once the transaction ended. */
    private static void end(List<TransactionSynchronization> transaction, int status) {
        transaction.forEach(synchronization -> synchronization.afterCompletion(status));
    }
}
