package org.entente.command.vault;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the vault keeps of the current transaction: the keys of the persons it touched, each looked up once, and
 * the sealed values, written together just before it commits (a proposal's three events hold six values of one
 * person: one key lookup and one batch instead of six of each). Outside a transaction, each value is written at
 * once.
 */
final class PendingValues {

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final List<Object[]> rows = new ArrayList<>();

    /** The current transaction's, made and bound on first use; null outside a transaction. */
    static PendingValues current(Object owner, Consumer<List<Object[]>> write) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        PendingValues pending = (PendingValues) TransactionSynchronizationManager.getResource(owner);
        if (pending == null) {
            PendingValues created = new PendingValues();
            TransactionSynchronizationManager.bindResource(owner, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (!created.rows.isEmpty()) {
                        write.accept(created.rows);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                }
            });
            pending = created;
        }
        return pending;
    }

    SecretKey keyOf(String personId, Function<String, SecretKey> lookUp) {
        return keys.computeIfAbsent(personId, lookUp);
    }

    void add(Object[] row) {
        rows.add(row);
    }
}
