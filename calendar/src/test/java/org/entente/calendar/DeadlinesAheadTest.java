package org.entente.calendar;

import org.entente.calendar.Deadline.Kind;
import org.entente.calendar.Deadline.Standing;
import org.entente.events.Obligation;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.NoticeOfNonRenewalGiven;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationFulfilled;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;
import org.entente.events.PartnershipStatus;
import org.entente.events.Terms;
import org.entente.events.Terms.Duration.Renewal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The deadlines people see, from the timeline the command side acts on, as time passes and partners act. */
class DeadlinesAheadTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000020");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final CalendarRules RULES = CalendarRules.DEFAULT;
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void aTacitTerm_showsItsEvaluations_itsNoticeDeadline_andItsRenewal_inDateOrder() {
        Timeline timeline = inForce(terms(Renewal.TACIT, 90, "semestrielle", false));

        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, timeline, RULES)).containsExactly(
                new Deadline(Kind.EVALUATION, LocalDate.of(2026, 7, 1), Standing.COMING, JAN_1,
                        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31)),
                new Deadline(Kind.NOTICE_DEADLINE, LocalDate.of(2026, 10, 2), Standing.COMING, null, null, null),
                new Deadline(Kind.TACIT_RENEWAL, DEC_31, Standing.COMING, LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31), null),
                new Deadline(Kind.EVALUATION, LocalDate.of(2027, 1, 1), Standing.COMING, LocalDate.of(2026, 7, 1),
                        DEC_31, LocalDate.of(2027, 1, 31)));
    }

    @Test
    void anExplicitTerm_endsWithoutNoticeDeadline() {
        Timeline timeline = inForce(terms(Renewal.EXPLICIT, 0, "at the end", false));

        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, timeline, RULES)).extracting(Deadline::kind)
                .containsExactly(Kind.TERM_END, Kind.EVALUATION);
    }

    @Test
    void anEvaluation_isDue_thenOverdue_untilOneIsRecordedForItsPeriod() {
        Timeline fallen = apply(inForce(terms(Renewal.EXPLICIT, 0, "semestrielle", false)),
                new EvaluationFallenDue(ID, JAN_1, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1), AT));
        assertThat(first(fallen)).extracting(Deadline::standing).isEqualTo(Standing.DUE);

        Timeline overdue = apply(fallen, new EvaluationOverdue(ID, LocalDate.of(2026, 7, 1), 30, AT));
        assertThat(first(overdue)).extracting(Deadline::standing).isEqualTo(Standing.OVERDUE);

        Timeline recorded = overdue.evaluated(LocalDate.of(2026, 6, 30));
        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, recorded, RULES)).extracting(Deadline::date)
                .doesNotContain(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aNoticeGiven_removesTheNoticeDeadline_andTheTermEnds() {
        Timeline timeline = apply(inForce(terms(Renewal.TACIT, 90, "annuelle", false)),
                new NoticeOfNonRenewalGiven(ID, "caf-57", "fin du projet", LocalDate.of(2026, 10, 2), DEC_31, AT));

        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, timeline, RULES)).extracting(Deadline::kind)
                .containsExactly(Kind.TERM_END, Kind.EVALUATION);
    }

    @Nested
    class AfterATacitRenewal {

        private final Timeline renewed = apply(inForce(terms(Renewal.TACIT, 90, "annuelle", false)),
                new PartnershipRenewedTacitly(ID, DEC_31, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), AT));

        @Test
        void theLastEvaluationOfThePreviousTerm_staysUntilRecorded_andTheNewTermHasItsOwn() {
            assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, renewed, RULES)).extracting(Deadline::kind,
                    Deadline::date).containsExactly(
                    tuple(Kind.EVALUATION, LocalDate.of(2027, 1, 1)),
                    tuple(Kind.NOTICE_DEADLINE, LocalDate.of(2027, 10, 2)),
                    tuple(Kind.TACIT_RENEWAL, LocalDate.of(2027, 12, 31)),
                    tuple(Kind.EVALUATION, LocalDate.of(2028, 1, 1)));
        }
    }

    @Test
    void aFundedYear_owesItsCompteRenduFinancier_untilFiled() {
        Timeline timeline = inForce(terms(Renewal.EXPLICIT, 0, "unknown words", true));
        Deadline coming = new Deadline(Kind.FINANCIAL_REPORT, LocalDate.of(2027, 6, 30), Standing.COMING, JAN_1,
                DEC_31, LocalDate.of(2027, 7, 1));
        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, timeline, RULES)).contains(coming);

        Timeline owed = apply(timeline, new ObligationFallenDue(ID, Obligation.FINANCIAL_REPORT, JAN_1, DEC_31,
                LocalDate.of(2027, 6, 30), AT));
        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, owed, RULES)).extracting(Deadline::kind,
                Deadline::standing).contains(tuple(Kind.FINANCIAL_REPORT, Standing.DUE));

        Timeline late = apply(owed, new ObligationOverdue(ID, Obligation.FINANCIAL_REPORT, DEC_31,
                LocalDate.of(2027, 6, 30), AT));
        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, late, RULES)).extracting(Deadline::kind,
                Deadline::standing).contains(
                tuple(Kind.FINANCIAL_REPORT, Standing.OVERDUE));

        Timeline filed = apply(late, new ObligationFulfilled(ID, Obligation.FINANCIAL_REPORT, JAN_1, DEC_31,
                "caf-57", BigDecimal.TEN, "compte rendu", AT));
        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, filed, RULES)).extracting(Deadline::kind)
                .doesNotContain(Kind.FINANCIAL_REPORT);
    }

    @Test
    void outOfForce_orWithoutEnd_thereIsNoDeadline() {
        Timeline timeline = inForce(terms(Renewal.TACIT, 90, "annuelle", true));

        assertThat(DeadlinesAhead.of(PartnershipStatus.DISSOLVED, timeline, RULES)).isEmpty();
        assertThat(DeadlinesAhead.of(PartnershipStatus.AGREED, Timeline.NONE, RULES)).isEmpty();
        assertThat(DeadlinesAhead.of(PartnershipStatus.ACTIVE, null, RULES)).isEmpty();
    }

    @Test
    void aTimeline_isTheSameWhateverOrderItsSetsWereBuiltIn() {
        Timeline one = inForce(terms(Renewal.TACIT, 90, "annuelle", true))
                .done(new DueItem(DueItem.Kind.TERM_END, JAN_1)).done(new DueItem(DueItem.Kind.EVALUATION_DUE, JAN_1));
        Timeline other = inForce(terms(Renewal.TACIT, 90, "annuelle", true))
                .done(new DueItem(DueItem.Kind.EVALUATION_DUE, JAN_1)).done(new DueItem(DueItem.Kind.TERM_END, JAN_1));

        assertThat(List.copyOf(one.done())).isEqualTo(List.copyOf(other.done()));
    }

    private static Deadline first(Timeline timeline) {
        return DeadlinesAhead.of(PartnershipStatus.ACTIVE, timeline, RULES).get(0);
    }

    private static Timeline inForce(Terms terms) {
        return Timeline.NONE.inForce(terms);
    }

    private static Timeline apply(Timeline timeline, PartnershipEvent event) {
        return TimeEvolution.apply(timeline, event);
    }

    private static Terms terms(Renewal renewal, int noticeDays, String frequency, boolean funded) {
        List<Terms.Contribution> contributions = List.of(new Terms.Contribution("caf-57",
                funded ? Terms.Contribution.Kind.FUNDING : Terms.Contribution.Kind.EXPERTISE, "apport",
                funded ? new BigDecimal("12000") : null, null, "annuel"));
        return new Terms(List.of(), contributions, null, new Terms.Duration(JAN_1, DEC_31, renewal, noticeDays),
                new Terms.EvaluationPlan(frequency, List.of("fréquentation")));
    }
}
