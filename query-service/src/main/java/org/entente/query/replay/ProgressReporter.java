package org.entente.query.replay;

import java.util.function.LongSupplier;

/**
 * The counts of a running replay, written at most every quarter of a second so that {@code GET /admin/replays/{id}}
 * can follow it without the replay paying a write for every batch.
 */
final class ProgressReporter {

    private static final long REPORT_EVERY_NANOS = 250_000_000L;

    /** Where the counts are written: the replay ledger in the service, a list in a test. */
    interface Ledger {
        void progress(long id, long done, long total);
    }

    private final long id;
    private final long total;
    private final Ledger ledger;
    private final LongSupplier nanoTime;
    private long done;
    private long reportedAt;

    ProgressReporter(long id, long done, long total, Ledger ledger) {
        this(id, done, total, ledger, System::nanoTime);
    }

    ProgressReporter(long id, long done, long total, Ledger ledger, LongSupplier nanoTime) {
        this.id = id;
        this.done = done;
        this.total = total;
        this.ledger = ledger;
        this.nanoTime = nanoTime;
        this.reportedAt = nanoTime.getAsLong();
        ledger.progress(id, done, total);
    }

    long done() {
        return done;
    }

    void add(int records) {
        done += records;
    }

    /** Back to an earlier count: the records of a rolled-back switch attempt are taken again and counted again. */
    void rewindTo(long done) {
        this.done = done;
    }

    void reportIfDue() {
        if (nanoTime.getAsLong() - reportedAt > REPORT_EVERY_NANOS) {
            ledger.progress(id, done, total);
            reportedAt = nanoTime.getAsLong();
        }
    }
}
