package org.entente.cli.chaos;

import org.entente.cli.workload.Workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario of the battery: its name, the fault it injects, its share of the workload's commands, and the
 * injection itself, run while its segment of the workload flows.
 */
record ChaosScenario(String name, String fault, int weight, Injection injection) {

    interface Injection {
        void inject(Segment segment) throws Exception;
    }

    /** The scenario's slice of the workload, and what the injection says of what it did. */
    static final class Segment {

        private final Workload workload;
        private final long start;
        private final long size;
        private final List<String> notes = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private volatile Instant lastFaultEnded = Instant.now();

        Segment(Workload workload, long start, long size) {
            this.workload = workload;
            this.start = start;
            this.size = size;
        }

        /** Waits until this share of the segment's commands has been sent. */
        void awaitProgress(double fraction) throws InterruptedException {
            workload.awaitProgress(start, size, fraction);
        }

        /** The share of the segment's commands sent so far. */
        double progress() {
            return workload.progress(start, size);
        }

        /** The fault is over (the server restarted, resumed, the fix applied): catching up is timed from here. */
        void faultEnded() {
            lastFaultEnded = Instant.now();
        }

        Instant lastFaultEnded() {
            return lastFaultEnded;
        }

        synchronized void note(String note) {
            notes.add(note);
            System.out.println("  " + note);
        }

        synchronized List<String> notes() {
            return List.copyOf(notes);
        }

        /** What the injection found wrong by its own checks: the scenario fails with it, in these words. */
        synchronized void problem(String problem) {
            problems.add(problem);
            System.out.println("  found: " + problem);
        }

        synchronized List<String> problems() {
            return List.copyOf(problems);
        }

        long size() {
            return size;
        }
    }
}
