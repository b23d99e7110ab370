package org.entente.query.reconciliation;

import org.entente.query.reconciliation.Reconciliation.Difference;
import org.entente.query.reconciliation.Reconciliation.Kind;
import org.entente.query.reconciliation.Reconciliation.Totals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares, with no input or output of its own, the event store with the topic and the read models. The store is
 * read twice, before and after the others: what it held before must be everywhere (else it is missing), and
 * whatever the others hold must be in what it held after (else it is unknown), so that events stored while the
 * check runs are neither missing nor unknown.
 */
final class Comparison {

    /** Differences listed in full up to this many; the figures always count them all. */
    static final int LISTED = 200;
    private static final int SEQUENCES_SHOWN = 20;

    private final Map<String, Long> before;
    private final Map<String, Long> after;
    private final List<Difference> differences = new ArrayList<>();
    private final Map<Kind, Long> events = new EnumMap<>(Kind.class);

    /** Both maps: each partnership's number of stored events (sequences {@code 0 … n-1}). */
    private Comparison(Map<String, Long> before, Map<String, Long> after) {
        this.before = before;
        this.after = after;
    }

    static Reconciliation of(Instant checkedAt, Map<String, Long> before, Map<String, Long> after, long storeGaps,
                             Census topic, Census readModels, Census parked) {
        Comparison comparison = new Comparison(before, after);
        comparison.storeGaps(storeGaps);
        Set<String> partnerships = new TreeSet<>(before.keySet());
        partnerships.addAll(topic.partnerships());
        partnerships.addAll(readModels.partnerships());
        partnerships.addAll(parked.partnerships());
        for (String id : partnerships) {
            comparison.compare(id, topic, Kind.MISSING_ON_TOPIC, Kind.DUPLICATED_ON_TOPIC, Kind.UNKNOWN_ON_TOPIC);
            comparison.compare(id, readModels, Kind.MISSING_IN_READ_MODELS, Kind.DUPLICATED_IN_READ_MODELS,
                    Kind.UNKNOWN_IN_READ_MODELS);
            comparison.parked(id, parked);
        }
        return comparison.outcome(checkedAt, topic, readModels, parked);
    }

    private void storeGaps(long gaps) {
        if (gaps > 0) {
            note(null, Kind.STORE_NOT_CONTIGUOUS, gaps, List.of());
        }
    }

    private void compare(String id, Census place, Kind missingKind, Kind duplicatedKind, Kind unknownKind) {
        long stored = before.getOrDefault(id, 0L);
        List<Long> missing = new ArrayList<>();
        List<Long> duplicated = new ArrayList<>();
        long missingCount = 0;
        long duplicatedCount = 0;
        for (long sequence = 0; sequence < stored; sequence++) {
            int times = place.times(id, sequence);
            if (times == 0) {
                missingCount++;
                addShown(missing, sequence);
            } else if (times > 1) {
                duplicatedCount += times - 1;
                addShown(duplicated, sequence);
            }
        }
        note(id, missingKind, missingCount, missing);
        note(id, duplicatedKind, duplicatedCount, duplicated);
        note(id, unknownKind, place.beyond(id, after.getOrDefault(id, 0L)), List.of());
    }

    private void parked(String id, Census parked) {
        long count = parked.beyond(id, 0);
        note(id, Kind.PARKED, count, List.of());
    }

    private static void addShown(List<Long> sequences, long sequence) {
        if (sequences.size() < SEQUENCES_SHOWN) {
            sequences.add(sequence);
        }
    }

    private void note(String id, Kind kind, long count, List<Long> sequences) {
        if (count == 0) {
            return;
        }
        events.merge(kind, count, Long::sum);
        differences.add(new Difference(id, kind, count, List.copyOf(sequences)));
    }

    private Reconciliation outcome(Instant checkedAt, Census topic, Census readModels, Census parked) {
        long stored = before.values().stream().mapToLong(Long::longValue).sum();
        Totals totals = new Totals(before.size(), stored, stored - count(Kind.MISSING_ON_TOPIC), topic.records(),
                readModels.records(), parked.records(), count(Kind.MISSING_ON_TOPIC), count(Kind.DUPLICATED_ON_TOPIC),
                count(Kind.UNKNOWN_ON_TOPIC), count(Kind.MISSING_IN_READ_MODELS),
                count(Kind.DUPLICATED_IN_READ_MODELS), count(Kind.UNKNOWN_IN_READ_MODELS),
                count(Kind.STORE_NOT_CONTIGUOUS));
        boolean consistent = events.keySet().stream().allMatch(kind -> kind == Kind.DUPLICATED_ON_TOPIC);
        List<Difference> listed = differences.subList(0, Math.min(LISTED, differences.size()));
        return new Reconciliation(checkedAt, consistent, totals, List.copyOf(listed),
                differences.size() - listed.size());
    }

    private long count(Kind kind) {
        return events.getOrDefault(kind, 0L);
    }
}
