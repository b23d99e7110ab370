package org.entente.query.reconciliation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How many times each sequence number of each partnership was seen in one place (the topic, the read models or
 * the parked records): enough to tell what is missing, what is there twice and what should not be there at all.
 */
final class Census {

    private final Map<String, int[]> seen = new HashMap<>();
    private final Map<String, Integer> unreadable = new HashMap<>();
    private long records;

    void count(String partnershipId, long sequence) {
        records++;
        if (sequence < 0 || sequence >= Integer.MAX_VALUE) {
            // No partnership has two billion events: a sequence like this is foreign, counted under "unknown".
            seen.computeIfAbsent(partnershipId, key -> new int[0]);
            unreadable.merge(partnershipId, 1, Integer::sum);
            return;
        }
        int[] counts = seen.computeIfAbsent(partnershipId, key -> new int[8]);
        if (sequence >= counts.length) {
            int[] grown = new int[(int) Math.max(sequence + 1, counts.length * 2L)];
            System.arraycopy(counts, 0, grown, 0, counts.length);
            counts = grown;
            seen.put(partnershipId, counts);
        }
        counts[(int) sequence]++;
    }

    /** How many times the partnership's event at this sequence was seen. */
    int times(String partnershipId, long sequence) {
        int[] counts = seen.get(partnershipId);
        return counts == null || sequence >= counts.length ? 0 : counts[(int) sequence];
    }

    /** Sequences seen at or beyond {@code from}: the partnership's events that the store does not have. */
    long beyond(String partnershipId, long from) {
        int[] counts = seen.get(partnershipId);
        long beyond = unreadable.getOrDefault(partnershipId, 0);
        for (int sequence = (int) Math.min(from, counts == null ? 0 : counts.length);
             counts != null && sequence < counts.length; sequence++) {
            beyond += counts[sequence];
        }
        return beyond;
    }

    Set<String> partnerships() {
        return seen.keySet();
    }

    long records() {
        return records;
    }
}
