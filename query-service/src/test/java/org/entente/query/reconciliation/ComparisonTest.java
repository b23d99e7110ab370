package org.entente.query.reconciliation;

import org.entente.query.reconciliation.Reconciliation.Difference;
import org.entente.query.reconciliation.Reconciliation.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private static final String A = "0b7e9a5e-0000-4000-8000-00000000000a";
    private static final String B = "0b7e9a5e-0000-4000-8000-00000000000b";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final Census topic = new Census();
    private final Census readModels = new Census();
    private final Census parked = new Census();

    @Test
    void everyStoredEventOnceEverywhere_isConsistent() {
        everywhere(A, 3);
        everywhere(B, 2);

        Reconciliation outcome = compare(Map.of(A, 3L, B, 2L), Map.of(A, 3L, B, 2L));

        assertThat(outcome.consistent()).isTrue();
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.totals()).extracting("partnerships", "stored", "onTopic", "inReadModels")
                .containsExactly(2L, 5L, 5L, 5L);
    }

    @Test
    void aStoredEventMissingFromTheTopicAndTheReadModels_isNamedBySequence() {
        topic.count(A, 0);
        topic.count(A, 2);
        readModels.count(A, 0);

        Reconciliation outcome = compare(Map.of(A, 3L), Map.of(A, 3L));

        assertThat(outcome.consistent()).isFalse();
        assertThat(outcome.differences()).containsExactly(
                new Difference(A, Kind.MISSING_ON_TOPIC, 1, java.util.List.of(1L)),
                new Difference(A, Kind.MISSING_IN_READ_MODELS, 2, java.util.List.of(1L, 2L)));
        assertThat(outcome.totals().missingOnTopic()).isEqualTo(1);
        assertThat(outcome.totals().onTopic()).isEqualTo(2);
    }

    @Test
    void aRecordTwiceOnTheTopic_isReported_butTheInstallationStaysConsistent() {
        everywhere(A, 2);
        topic.count(A, 1);

        Reconciliation outcome = compare(Map.of(A, 2L), Map.of(A, 2L));

        assertThat(outcome.consistent()).isTrue();
        assertThat(outcome.differences()).containsExactly(
                new Difference(A, Kind.DUPLICATED_ON_TOPIC, 1, java.util.List.of(1L)));
        assertThat(outcome.totals().topicRecords()).isEqualTo(3);
    }

    @Test
    void anEventAppliedTwice_isADuplicateInTheReadModels() {
        everywhere(A, 2);
        readModels.count(A, 0);

        Reconciliation outcome = compare(Map.of(A, 2L), Map.of(A, 2L));

        assertThat(outcome.consistent()).isFalse();
        assertThat(outcome.totals().duplicatedInReadModels()).isEqualTo(1);
    }

    @Test
    void whatTheStoreNeverHeld_isUnknown_butWhatItStoredDuringTheCheck_isNot() {
        everywhere(A, 2);
        topic.count(A, 2);
        readModels.count(A, 2);
        topic.count(B, 0);
        topic.count("(no key)", -1);

        Reconciliation outcome = compare(Map.of(A, 2L), Map.of(A, 3L));

        assertThat(outcome.differences()).extracting(Difference::partnershipId, Difference::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("(no key)", Kind.UNKNOWN_ON_TOPIC),
                        org.assertj.core.groups.Tuple.tuple(B, Kind.UNKNOWN_ON_TOPIC));
        assertThat(outcome.consistent()).isFalse();
    }

    @Test
    void aParkedRecord_keepsTheInstallationInconsistentUntilItIsRetried() {
        everywhere(A, 1);
        topic.count(A, 1);
        parked.count(A, 1);

        Reconciliation outcome = compare(Map.of(A, 2L), Map.of(A, 2L));

        assertThat(outcome.differences()).extracting(Difference::kind)
                .containsExactly(Kind.MISSING_IN_READ_MODELS, Kind.PARKED);
        assertThat(outcome.totals().parked()).isEqualTo(1);
    }

    @Test
    void aHoleInTheStoresOwnSequence_isReported() {
        Reconciliation outcome = Comparison.of(NOW, Map.of(), Map.of(), 1, topic, readModels, parked);

        assertThat(outcome.consistent()).isFalse();
        assertThat(outcome.totals().storeGaps()).isEqualTo(1);
    }

    @Test
    void beyondTheListedMany_theFiguresStillCountEveryDifference() {
        Map<String, Long> stored = new java.util.HashMap<>();
        for (int i = 0; i < Comparison.LISTED + 5; i++) {
            stored.put(String.format("p-%04d", i), 1L);
        }

        Reconciliation outcome = compare(stored, stored);

        assertThat(outcome.differences()).hasSize(Comparison.LISTED);
        assertThat(outcome.differencesLeftOut()).isEqualTo(2 * (Comparison.LISTED + 5) - Comparison.LISTED);
        assertThat(outcome.totals().missingOnTopic()).isEqualTo(Comparison.LISTED + 5);
    }

    private Reconciliation compare(Map<String, Long> before, Map<String, Long> after) {
        return Comparison.of(NOW, before, after, 0, topic, readModels, parked);
    }

    private void everywhere(String id, int events) {
        for (int sequence = 0; sequence < events; sequence++) {
            topic.count(id, sequence);
            readModels.count(id, sequence);
        }
    }
}
