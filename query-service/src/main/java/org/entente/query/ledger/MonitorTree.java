package org.entente.query.ledger;

import org.entente.ledger.InMemoryTree;
import org.entente.ledger.MerkleHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/**
 * The log of all events as this side rebuilds it from what it consumed: each logged event's leaf, at the index
 * its record carried, in order. Records arrive in partition order, not leaf order, so a leaf waits until those
 * before it came; the tree is the contiguous prefix. A leaf index claimed again with other content is an alarm.
 */
@Component
class MonitorTree {

    private static final int BATCH = 10_000;

    private final JdbcTemplate jdbc;
    private final LedgerAlarms alarms;
    private final InMemoryTree tree = new InMemoryTree();
    private final Map<Long, byte[]> waiting = new HashMap<>();
    private long lastPosition;

    MonitorTree(JdbcTemplate jdbc, LedgerAlarms alarms) {
        this.jdbc = jdbc;
        this.alarms = alarms;
    }

    /** Takes in the leaves logged since the last time; answers the tree's size. */
    synchronized long catchUp() {
        int read;
        do {
            read = readBatch();
        } while (read == BATCH);
        while (waiting.containsKey(tree.size())) {
            tree.append(waiting.remove(tree.size()));
        }
        return tree.size();
    }

    synchronized InMemoryTree tree() {
        return tree;
    }

    private int readBatch() {
        return jdbc.query("SELECT position, ledger_index, leaf_data FROM partnership_event WHERE position > ? "
                + "AND ledger_index IS NOT NULL ORDER BY position LIMIT " + BATCH, rows -> {
            int n = 0;
            while (rows.next()) {
                lastPosition = rows.getLong(1);
                take(rows.getLong(2), MerkleHashes.leaf(rows.getBytes(3)));
                n++;
            }
            return n;
        }, lastPosition);
    }

    private void take(long index, byte[] leafHash) {
        byte[] known = index < tree.size() ? tree.node(0, index) : waiting.get(index);
        if (known == null) {
            waiting.put(index, leafHash);
        } else if (!MessageDigest.isEqual(known, leafHash)) {
            alarms.raise("leaf-index-reused", "Leaf index " + index + " was published for two different events",
                    null);
        }
    }
}
