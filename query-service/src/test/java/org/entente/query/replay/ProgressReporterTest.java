package org.entente.query.replay;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressReporterTest {

    private static final long MS = 1_000_000L;

    private final List<String> written = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000 * MS);

    private ProgressReporter reporter(long seeded, long total) {
        return new ProgressReporter(7, seeded, total,
                (id, done, all) -> written.add(id + ": " + done + "/" + all), now::get);
    }

    @Test
    void aStartedReplay_writesItsCountsAtOnce_seededEventsIncluded() {
        reporter(40, 100);

        assertThat(written).containsExactly("7: 40/100");
    }

    @Test
    void batchesWithinAQuarterOfASecond_writeNothing() {
        ProgressReporter progress = reporter(0, 100);

        progress.add(10);
        now.addAndGet(100 * MS);
        progress.reportIfDue();
        progress.add(10);
        now.addAndGet(150 * MS);
        progress.reportIfDue();

        assertThat(progress.done()).isEqualTo(20);
        assertThat(written).containsExactly("7: 0/100");
    }

    @Test
    void pastAQuarterOfASecond_theCountsSoFarAreWritten_andTheNextQuarterStartsThen() {
        ProgressReporter progress = reporter(0, 100);

        progress.add(10);
        now.addAndGet(251 * MS);
        progress.reportIfDue();
        progress.add(5);
        now.addAndGet(200 * MS);
        progress.reportIfDue();
        now.addAndGet(51 * MS);
        progress.reportIfDue();

        assertThat(written).containsExactly("7: 0/100", "7: 10/100", "7: 15/100");
    }

    @Test
    void aRolledBackSwitchAttempt_countsItsRecordsOnce_whenTakenAgain() {
        ProgressReporter progress = reporter(0, 100);
        progress.add(90);
        long beforeAttempt = progress.done();

        progress.add(10);
        progress.rewindTo(beforeAttempt);
        progress.add(10);

        assertThat(progress.done()).isEqualTo(100);
    }
}
