package org.entente.command.partnership;

import org.entente.devstack.MovableClock;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.entente.command.CommandServiceApplication;
import org.entente.command.TestStack;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.command.partnership.Dated.PARIS;
import static org.entente.command.partnership.Dated.midnight;
import static org.entente.command.partnership.Scenario.CAF;
import static org.entente.command.partnership.Scenario.CCAS;
import static org.entente.command.partnership.Scenario.CLAIRE;
import static org.entente.command.partnership.Scenario.KARIM;

/**
 * Time acts exactly once across stops and instances (DESIGN §8, issue 20 requirement 3): 100 partnerships of 2025
 * renewing tacitly each keep the five items of a year; the service stops; two years end while it is down; two
 * instances then start on the same database and record, exactly once between them, the 1,000 items of both years:
 * the first year's five, its renewal scheduling the second year's, and those five.
 */
class DueItemsAcrossInstancesIT {

    private static final int PARTNERSHIPS = 100;
    private static final int ITEMS_A_YEAR = 5;
    private static final MovableClock CLOCK = new MovableClock(midnight(LocalDate.of(2025, 3, 3)), PARIS);
    private static final Terms TERMS = new Terms(Scenario.TERMS.objectives(), List.of(), Scenario.TERMS.governance(),
            new Terms.Duration(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Terms.Duration.Renewal.TACIT,
                    90), new Terms.EvaluationPlan("yearly", List.of("attendance")));
    private static final String OF_TIME = "payloadType ~ "
            + "'(NoticeDeadlineApproaching|EvaluationFallenDue|PartnershipRenewedTacitly|EvaluationOverdue)$'";

    /** Not a component: no scan finds it, only this test names it. */
    static class ClockMovedByTheTest {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Test
    void itemsDueWhileTheServiceWasDown_areRecordedOnceEach_byTwoInstancesStartedTogether() {
        TestStack stack = TestStack.fresh(TestStack.bootstrapServers());
        try (ConfigurableApplicationContext alone = start(stack, "alone")) {
            CommandGateway gateway = alone.getBean(CommandGateway.class);
            IntStream.range(0, PARTNERSHIPS).forEach(i -> activate(gateway, i));
            assertThat(jdbc(alone).queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = "
                    + "'due-item'", Long.class)).isEqualTo((long) ITEMS_A_YEAR * PARTNERSHIPS);
        }

        CLOCK.moveTo(midnight(LocalDate.of(2027, 2, 1)));
        try (ConfigurableApplicationContext first = start(stack, "first");
             ConfigurableApplicationContext second = start(stack, "second")) {
            JdbcTemplate jdbc = jdbc(first);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(timeEvents(jdbc).values().stream().mapToLong(Long::longValue)
                            .sum()).as("due items recorded").isEqualTo(2L * ITEMS_A_YEAR * PARTNERSHIPS));

            assertThat(timeEvents(jdbc)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "NoticeDeadlineApproaching", 4L * PARTNERSHIPS, "EvaluationFallenDue", 2L * PARTNERSHIPS,
                    "PartnershipRenewedTacitly", 2L * PARTNERSHIPS, "EvaluationOverdue", 2L * PARTNERSHIPS));
            // An item's event less the instant it was recorded: the same item recorded twice leaves two equal rows.
            assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT aggregateIdentifier, convert_from(payload, "
                    + "'UTF8')::jsonb - 'fallenDueAt' - 'overdueAt' - 'remindedAt' - 'renewedAt' FROM "
                    + "DomainEventEntry WHERE " + OF_TIME + " GROUP BY 1, 2 HAVING count(*) > 1) twice", Long.class))
                    .as("an item recorded twice for one partnership").isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT aggregateIdentifier, payloadType, "
                    + "count(*) FROM DomainEventEntry WHERE NOT (" + OF_TIME + ") GROUP BY 1, 2 HAVING count(*) > 1 "
                    + "AND payloadType NOT LIKE '%TermsApproved' AND payloadType NOT LIKE '%AgreementSigned') twice",
                    Long.class)).as("a step recorded twice for one partnership").isZero();
            assertThat(jdbc.queryForList("SELECT task_instance FROM scheduled_tasks WHERE execution_time < ?",
                    String.class, java.sql.Timestamp.from(CLOCK.instant()))).as("items left due").isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(TestStack stack, String name) {
        Map<String, Object> properties = new HashMap<>(stack.properties());
        properties.put("server.port", "0");
        properties.put("db-scheduler.polling-interval", "200ms");
        properties.put("db-scheduler.scheduler-name", name);
        properties.put("entente.rate-limit.per-minute", "0");
        // As arguments, which outrank application.yaml (default properties would not).
        return new SpringApplicationBuilder(CommandServiceApplication.class, ClockMovedByTheTest.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static void activate(CommandGateway gateway, int i) {
        UUID id = UUID.randomUUID();
        String hash = TermsHash.of(TERMS);
        send(gateway, CLAIRE, new ProposePartnership(id, "TIME-" + i, "Accueil de loisirs " + i, "Loisirs",
                PartnershipType.PROJECT, new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-" + i),
                new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS,
                List.of(new ProposePartnership.Invitation(CAF, PartnerRole.FUNDER)), TERMS, null));
        send(gateway, KARIM, new Commands.AcceptInvitation(id, KARIM, null, null));
        for (Actor actor : List.of(CLAIRE, KARIM)) {
            send(gateway, actor, new Commands.ApproveTerms(id, actor, 1, hash, null, null));
        }
        for (Actor actor : List.of(CLAIRE, KARIM)) {
            send(gateway, actor, new Commands.SignAgreement(id, actor, hash, "Director", null, null));
        }
    }

    private static void send(CommandGateway gateway, Actor actor, Object command) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(Map.of(
                "actorId", actor.userId(), "actorName", actor.name(), "actorInstitution", actor.institutionId()))));
    }

    private static Map<String, Long> timeEvents(JdbcTemplate jdbc) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT payloadType, count(*) FROM DomainEventEntry WHERE " + OF_TIME + " GROUP BY 1", row -> {
            String type = row.getString(1);
            counts.put(type.substring(type.lastIndexOf('$') + 1), row.getLong(2));
        });
        return counts;
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }
}
