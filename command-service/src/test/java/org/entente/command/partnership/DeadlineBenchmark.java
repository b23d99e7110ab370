package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.calendar.DueItem;
import org.entente.command.TestStack;
import org.entente.devstack.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.command.partnership.Dated.PARIS;
import static org.entente.command.partnership.Dated.midnight;

/**
 * The deadline manager's cost (BENCHMARKS.md, issue 20): how fast the schedule keeps due items, in transactions of
 * five as an activation keeps them; what a command costs over HTTP with 100,000 items waiting in the schedule,
 * against an empty one; and how fast the scheduler, as configured for production, records items once they fall
 * due. Not part of {@code verify}: run with
 * {@code ./mvnw -B -Pbench -pl command-service -am verify -Dit.test=DeadlineBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineBenchmark {

    private static final int SCHEDULED = Integer.getInteger("entente.bench.scheduled", 100_000);
    private static final int PARTNERSHIPS = Integer.getInteger("entente.bench.deadline-partnerships", 200);
    /** Items a command keeps in one transaction: an activation keeps about five. */
    private static final int PER_TRANSACTION = 5;
    private static final LocalDate FIRST_YEAR_OVER = LocalDate.of(2026, 1, 2);
    /** The filling's items are dated from then on, long after the benchmark's own partnerships' first year. */
    private static final LocalDate FILLED_FROM = LocalDate.of(2027, 1, 1);
    private static final MovableClock CLOCK = new MovableClock(midnight(LocalDate.of(2025, 3, 3)), PARIS);

    @TestConfiguration
    static class ClockMovedByTheBenchmark {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
        registry.add("entente.rate-limit.per-minute", () -> "0");
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DueItemSchedule schedule;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theScheduleAtAHundredThousandItems() throws Exception {
        TimedActivations activations = new TimedActivations(new LifecycleHttp(rest, json), jdbc);
        activations.activate(2 * PARTNERSHIPS);
        TimedActivations.Figures before = activations.activate(PARTNERSHIPS);
        long keptByThem = waiting();

        long began = System.nanoTime();
        fill(SCHEDULED);
        double fillSeconds = (System.nanoTime() - began) / 1e9;
        assertThat(waiting()).isEqualTo(keptByThem + SCHEDULED);
        TimedActivations.Figures full = activations.activate(PARTNERSHIPS);
        // Emptied and timed again: what differs from the first run is the schedule's size, not the JIT's warmth.
        jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = 'due-item' AND execution_time >= ?",
                Timestamp.from(midnight(FILLED_FROM)));
        long emptied = waiting();
        TimedActivations.Figures after = activations.activate(PARTNERSHIPS);
        fill(SCHEDULED);

        Instant due = midnight(FIRST_YEAR_OVER);
        long falling = dueBy(due);
        Instant moved = Instant.now();
        CLOCK.moveTo(due);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> dueBy(due) == 0);
        double untilAllSeconds = Duration.between(moved, Instant.now()).toMillis() / 1e3;
        Recorded recorded = Recorded.since(jdbc, moved);

        String report = String.format("""
                Schedule: %,d items kept in transactions of %d in %.1f s (%,.0f items/s).
                Items falling due at once: %,d of %,d partnerships, with %,d more waiting for later dates; %,d events \
                of time recorded, the first %.1f s after the clock moved (polling every 10 s, as in production), \
                all within %.1f s: %,.0f items/s from the first to the last.

                | request, one at a time over HTTP (%d partnerships each) | items waiting | p50 ms | p95 ms | p99 ms \
                | max ms |
                |---|---|---:|---:|---:|---:|
                %s
                %s
                %s
                """, SCHEDULED, PER_TRANSACTION, fillSeconds, SCHEDULED / fillSeconds, falling,
                activations.count(), waiting(), recorded.events(), recorded.firstAfter(moved), untilAllSeconds,
                recorded.perSecond(), PARTNERSHIPS, before.rows(String.format("%,d", keptByThem)),
                full.rows(String.format("%,d", keptByThem + SCHEDULED)),
                after.rows(String.format("%,d (emptied again)", emptied)));
        System.out.println(report);
        Files.writeString(Path.of("target", "deadline-benchmark.md"), report);
    }

    /**
     * Items of partnerships that do not exist, from 2027 on, kept as commands keep theirs: through the schedule,
     * a few per transaction. They never fall due while the benchmark runs.
     */
    private void fill(int items) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        DueItem.Kind[] kinds = DueItem.Kind.values();
        for (int first = 0; first < items; first += PER_TRANSACTION) {
            int from = first;
            transaction.executeWithoutResult(status -> {
                UUID partnership = UUID.randomUUID();
                for (int n = from; n < Math.min(items, from + PER_TRANSACTION); n++) {
                    DueItem item = new DueItem(kinds[n % kinds.length], FILLED_FROM.plusDays(n % 1460));
                    schedule.keep(partnership, item, item.at(PARIS));
                }
            });
        }
    }

    private long waiting() {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'due-item'", Long.class);
    }

    private long dueBy(Instant instant) {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'due-item' AND "
                + "execution_time <= ?", Long.class, Timestamp.from(instant));
    }
}
