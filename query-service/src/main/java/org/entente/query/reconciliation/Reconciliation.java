package org.entente.query.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one reconciliation: the figures of the three places and every difference, partnership by
 * partnership. {@code consistent} means nothing is missing, nothing unknown, nothing applied twice and nothing
 * parked; a record the topic holds twice (at-least-once publication after a crash) is reported but harmless, since
 * the read models apply each event once.
 */
public record Reconciliation(Instant checkedAt, boolean consistent, Totals totals, List<Difference> differences,
                             int differencesLeftOut) {

    /** What each place holds, and how many events each kind of difference concerns. */
    public record Totals(long partnerships, long stored, long onTopic, long topicRecords, long inReadModels,
                         long parked, long missingOnTopic, long duplicatedOnTopic, long unknownOnTopic,
                         long missingInReadModels, long duplicatedInReadModels, long unknownInReadModels,
                         long storeGaps) {
    }

    /** One kind of difference for one partnership: how many events, and the first of their sequence numbers. */
    public record Difference(String partnershipId, Kind kind, long events, List<Long> sequences) {
    }

    public enum Kind {
        /** Stored, but not on the topic. */
        MISSING_ON_TOPIC,
        /** On the topic more than once: harmless for consumers that apply each event once. */
        DUPLICATED_ON_TOPIC,
        /** On the topic, but not in the event store: not published by Entente, or a partnership unknown to it. */
        UNKNOWN_ON_TOPIC,
        /** Stored, but not in the read models. */
        MISSING_IN_READ_MODELS,
        /** Applied more than once in the read models. */
        DUPLICATED_IN_READ_MODELS,
        /** In the read models, but not in the event store. */
        UNKNOWN_IN_READ_MODELS,
        /** Parked on the query side, waiting for an operator's retry. */
        PARKED,
        /** The event store's own sequence has a hole: its count and its last sequence disagree. */
        STORE_NOT_CONTIGUOUS
    }
}
