package org.entente.query.replay;

import org.entente.query.replay.Replay.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayProgressTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aRunningReplay_tellsItsRate_andTheTimeLeftAtThatRate() {
        Replay replay = Replay.progress(1, Status.RUNNING, "ops", null, REQUESTED, null, 30_000, 120_000, null, null,
                null, null, null, REQUESTED.plusSeconds(10));

        assertThat(replay.eventsPerSecond()).isEqualTo(3_000.0);
        assertThat(replay.etaSeconds()).isEqualTo(30);
        assertThat(replay.checksumsMatch()).isNull();
    }

    @Test
    void aCompletedReplay_hasNoEta_andComparesItsChecksums() {
        Replay same = Replay.progress(1, Status.COMPLETED, "ops", null, REQUESTED, REQUESTED.plusSeconds(4), 100,
                100, Map.of("t-0", 99L), "abc", "abc", 12L, null, REQUESTED.plusSeconds(60));
        Replay different = Replay.progress(1, Status.COMPLETED, "ops", null, REQUESTED, REQUESTED.plusSeconds(4), 100,
                100, Map.of("t-0", 99L), "abc", "abd", 12L, null, REQUESTED.plusSeconds(60));

        assertThat(same.etaSeconds()).isNull();
        assertThat(same.eventsPerSecond()).isEqualTo(25.0);
        assertThat(same.checksumsMatch()).isTrue();
        assertThat(different.checksumsMatch()).isFalse();
    }

    @Test
    void nothingDoneYet_hasNoRate() {
        Replay replay = Replay.progress(1, Status.RUNNING, "ops", null, REQUESTED, null, 0, 10, null, null, null,
                null, null, REQUESTED);

        assertThat(replay.eventsPerSecond()).isNull();
        assertThat(replay.etaSeconds()).isNull();
    }
}
