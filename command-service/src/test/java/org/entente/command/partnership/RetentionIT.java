package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.CommandServiceApplication;
import org.entente.command.TestStack;
import org.entente.command.vault.VaultUpkeep;
import org.entente.devstack.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.command.partnership.Dated.PARIS;
import static org.entente.command.partnership.Dated.midnight;
import static org.entente.command.partnership.LifecycleHttp.CAF;

/**
 * Issue 21, requirement 4: each kind of personal data is kept for its retention period from the day it was recorded
 * (ten years by default for who acted, names and capacities), then erased by the scheduler that acts on due items,
 * its clock moved by the test, and recorded as any erasure: a {@code PersonalDataErased} event on the ground
 * {@code RETENTION_ENDED}, by Entente itself. Values recorded later are kept.
 */
@SpringBootTest(classes = {CommandServiceApplication.class, RetentionIT.ClockMovedByTheTest.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "db-scheduler.polling-interval=200ms")
class RetentionIT {

    static final MovableClock CLOCK = new MovableClock(midnight(LocalDate.of(2026, 3, 2)), PARIS);

    /** Not a component: no other test's scan finds it, only this test names it. */
    static class ClockMovedByTheTest {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VaultUpkeep upkeep;

    @Test
    void valuesPastTheirPeriod_areErasedByTheScheduler_asRetentionEnded_andLaterOnesAreKept() throws Exception {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String id = http.propose();
        List<String> of2026 = commitments(id);
        assertThat(of2026).isNotEmpty();

        CLOCK.moveTo(midnight(LocalDate.of(2036, 3, 1)));
        assertThat(upkeep.pass()).as("a day before ten years, nothing is due").isZero();
        assertThat(commitments(id)).isEqualTo(of2026);
        http.post(CAF, "/partnerships/" + id + "/acceptance", null, null);
        List<String> of2036 = commitments(id).stream().filter(c -> !of2026.contains(c)).toList();
        assertThat(of2036).isNotEmpty();

        awaitNoPassUnderWay();
        CLOCK.moveTo(midnight(LocalDate.of(2036, 3, 3)));
        await("the scheduler's pass of 3 March 2036 recording the erasure")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> erasures(id) > 0);

        JsonNode erased = json.readTree(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM "
                + "domainevententry WHERE aggregateIdentifier = ? AND payloadType LIKE '%PersonalDataErased'",
                String.class, id));
        assertThat(erased.get("ground").asText()).isEqualTo("RETENTION_ENDED");
        assertThat(erased.get("commitments")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(of2026.stream().sorted().toList());
        assertThat(json.readTree(jdbc.queryForObject("SELECT convert_from(metaData, 'UTF8') FROM domainevententry "
                + "WHERE aggregateIdentifier = ? AND payloadType LIKE '%PersonalDataErased'", String.class, id))
                .get("actorId").asText()).isEqualTo("system");
        assertThat(commitments(id)).containsExactlyInAnyOrderElementsOf(of2036);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM vault_key WHERE person_id = 'user-ccas-metz'",
                Long.class)).as("the person's key stays for what is kept").isOne();
        assertThat(upkeep.pass()).as("recorded once").isZero();
        assertThat(erasures(id)).isOne();
    }

    /**
     * The scheduler's next pass comes a minute after its last one ended, by the clock (db-scheduler's fixed delay).
     * A pass that read the clock before a move and ended after it would put the next one a real minute past the
     * new date, beyond the test's wait: CI saw exactly that. So the clock moves only once the pass of the present
     * date is over and the next one is not due yet; after the move it is due, and reads the new date.
     */
    private void awaitNoPassUnderWay() {
        await("the scheduler's pass of the present date over, the next one not due yet")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = "
                        + "'vault-upkeep' AND NOT picked AND execution_time > ?", Long.class,
                        Timestamp.from(CLOCK.instant())) == 1);
    }

    private List<String> commitments(String id) {
        return jdbc.queryForList("SELECT 'sha256:' || commitment FROM vault_value WHERE partnership_id = ? "
                + "ORDER BY 1", String.class, id);
    }

    private long erasures(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ? AND "
                + "payloadType LIKE '%PersonalDataErased'", Long.class, id);
    }
}
