package org.entente.command.ledger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The leaves of the events applied in the current transaction, given their indexes and stored just before it
 * commits (Spring's before-commit, after the command's events and the idempotency outcome are written). The
 * counter row is then locked for a few statements and the commit, where it was locked from the first event
 * applied: the commits of concurrent commands no longer queue behind each other's whole handling (BENCHMARKS.md,
 * issue 12). Outside a transaction a leaf is stored at once.
 */
@Component
class PendingLeaves {

    private final LedgerLeaves leaves;

    PendingLeaves(LedgerLeaves leaves) {
        this.leaves = leaves;
    }

    void add(LedgerLeaves.Leaf leaf) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            leaves.append(List.of(leaf));
            return;
        }
        @SuppressWarnings("unchecked")
        List<LedgerLeaves.Leaf> pending = (List<LedgerLeaves.Leaf>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<LedgerLeaves.Leaf> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    leaves.append(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PendingLeaves.this);
                }
            });
            pending = created;
        }
        pending.add(leaf);
    }
}
