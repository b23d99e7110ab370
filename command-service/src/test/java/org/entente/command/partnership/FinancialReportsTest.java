package org.entente.command.partnership;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.calendar.DueItem;
import org.entente.calendar.DueItem.Kind;
import org.entente.command.partnership.Commands.FileFinancialReport;
import org.entente.events.Obligation;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationFulfilled;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;
import org.entente.events.Terms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.command.partnership.Dated.act;
import static org.entente.command.partnership.Dated.at;
import static org.entente.command.partnership.Dated.midnight;
import static org.entente.command.partnership.Scenario.CLAIRE;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.STRANGER;
import static org.entente.command.partnership.Scenario.plus;

/**
 * Issue 20, requirement 1: the compte rendu financier, an obligation besides evaluations, on the same due items. A
 * funded term of 2026 and 2027 renewing tacitly owes one per year: 2026's falls due on 1 January 2027 and is to be
 * filed by 30 June 2027; each rule is checked the second before, at and after its instant.
 */
class FinancialReportsTest {

    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final LocalDate FALLS_DUE = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2027, 6, 30);
    private static final LocalDate OVERDUE = LocalDate.of(2027, 7, 1);
    private static final BigDecimal SPENT = new BigDecimal("19850.40");

    private static List<PartnershipEvent> funded() {
        return Dated.funded(new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                Terms.Duration.Renewal.TACIT, 90), "yearly");
    }

    @Test
    void aFundedYear_owesItsReport_asItEnds_notASecondBefore_withTheLastDayToFileIt() {
        assertRefused(() -> act(funded(), Kind.FINANCIAL_REPORT_DUE, FALLS_DUE, midnight(FALLS_DUE).minusSeconds(1)),
                "not-yet-due");

        assertThat(act(funded(), Kind.FINANCIAL_REPORT_DUE, FALLS_DUE, midnight(FALLS_DUE))).endsWith(
                new ObligationFallenDue(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 1, 1), YEAR_END, DEADLINE,
                        midnight(FALLS_DUE)));
        assertRefused(() -> act(fallenDue(), Kind.FINANCIAL_REPORT_DUE, FALLS_DUE,
                midnight(FALLS_DUE).plusSeconds(1)), "no-longer-due");
    }

    @Test
    void anUnfundedPartnership_owesNoReport() {
        List<PartnershipEvent> unfunded = Dated.active(new Terms.Duration(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), Terms.Duration.Renewal.TACIT, 90), "yearly");

        assertThat(PartnershipState.of(unfunded).pending(Dated.RULES)).extracting(DueItem::kind)
                .doesNotContain(Kind.FINANCIAL_REPORT_DUE, Kind.FINANCIAL_REPORT_OVERDUE);
        assertThat(PartnershipState.of(funded()).pending(Dated.RULES)).contains(
                new DueItem(Kind.FINANCIAL_REPORT_DUE, FALLS_DUE), new DueItem(Kind.FINANCIAL_REPORT_OVERDUE, OVERDUE),
                new DueItem(Kind.FINANCIAL_REPORT_DUE, LocalDate.of(2028, 1, 1)),
                new DueItem(Kind.FINANCIAL_REPORT_OVERDUE, LocalDate.of(2028, 7, 1)));
    }

    @Test
    void notFiled_itIsOverdue_theDayAfterItsDeadline_notASecondBefore() {
        assertRefused(() -> act(fallenDue(), Kind.FINANCIAL_REPORT_OVERDUE, OVERDUE,
                midnight(OVERDUE).minusSeconds(1)), "not-yet-due");

        assertThat(act(fallenDue(), Kind.FINANCIAL_REPORT_OVERDUE, OVERDUE, midnight(OVERDUE))).endsWith(
                new ObligationOverdue(ID, Obligation.FINANCIAL_REPORT, YEAR_END, DEADLINE, midnight(OVERDUE)));
    }

    @Test
    void filedOnTime_itIsNeverOverdue() {
        Instant june = midnight(DEADLINE);
        List<PartnershipEvent> filed = plus(fallenDue(), file(fallenDue(), YEAR_END, june).get(0));

        assertRefused(() -> act(filed, Kind.FINANCIAL_REPORT_OVERDUE, OVERDUE, midnight(OVERDUE)), "no-longer-due");
        assertThat(PartnershipState.of(filed).pending(Dated.RULES))
                .doesNotContain(new DueItem(Kind.FINANCIAL_REPORT_OVERDUE, OVERDUE));
    }

    @Test
    void itIsFiled_onlyOnceItFellDue_lateOrNot_andOnlyOnce() {
        assertRefused(() -> file(funded(), YEAR_END, midnight(FALLS_DUE).minusSeconds(1)), "no-report-owed");

        List<PartnershipEvent> overdue = plus(fallenDue(), act(fallenDue(), Kind.FINANCIAL_REPORT_OVERDUE, OVERDUE,
                midnight(OVERDUE)).toArray(PartnershipEvent[]::new));
        Instant late = midnight(OVERDUE.plusDays(10));
        assertThat(file(overdue, YEAR_END, late)).containsExactly(new ObligationFulfilled(ID,
                Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 1, 1), YEAR_END, "ccas-metz", SPENT,
                "Prestation de service dépensée pour l’accueil du mercredi", late));

        List<PartnershipEvent> filed = plus(overdue, file(overdue, YEAR_END, late).get(0));
        assertRefused(() -> file(filed, YEAR_END, late.plusSeconds(1)), "no-report-owed");
        assertRefused(() -> file(fallenDue(), LocalDate.of(2026, 12, 30), late), "no-report-owed");
    }

    @Test
    void theLastYearsReport_fallsDueBeforeTheRenewal_andStaysOwedInTheNextTerm() {
        LocalDate termEnds = LocalDate.of(2028, 1, 1);
        List<PartnershipEvent> caughtUp = act(funded(), Kind.TERM_END, termEnds, midnight(termEnds));

        assertThat(caughtUp).filteredOn(e -> e instanceof ObligationFallenDue || e instanceof PartnershipRenewedTacitly)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ObligationFallenDue", "ObligationFallenDue", "PartnershipRenewedTacitly");
        List<PartnershipEvent> renewed = plus(funded(), caughtUp.toArray(PartnershipEvent[]::new));
        assertThat(PartnershipState.of(renewed).pending(Dated.RULES))
                .contains(new DueItem(Kind.FINANCIAL_REPORT_OVERDUE, LocalDate.of(2028, 7, 1)));
        assertThat(file(renewed, LocalDate.of(2027, 12, 31), midnight(termEnds).plusSeconds(60))).hasSize(1);
    }

    @Test
    void anOutsider_isToldThereIsNoSuchPartnership_aNegativeAmountOrNoSummary_isRefused() {
        Instant now = midnight(FALLS_DUE).plusSeconds(60);
        assertRefused(() -> Decider.decide(PartnershipState.of(fallenDue()), new FileFinancialReport(ID, STRANGER,
                YEAR_END, SPENT, "Compte rendu", null), at(now)), "not-found");
        assertRefused(() -> Decider.decide(PartnershipState.of(fallenDue()), new FileFinancialReport(ID, CLAIRE,
                YEAR_END, new BigDecimal("-1"), "Compte rendu", null), at(now)), "negative-amount");
        assertRefused(() -> Decider.decide(PartnershipState.of(fallenDue()), new FileFinancialReport(ID, CLAIRE,
                YEAR_END, SPENT, " ", null), at(now)), "text-required");
    }

    /** The funded partnership once 2026's report fell due (with 2026's evaluation, due the same day). */
    private static List<PartnershipEvent> fallenDue() {
        return plus(funded(), act(funded(), Kind.FINANCIAL_REPORT_DUE, FALLS_DUE, midnight(FALLS_DUE))
                .toArray(PartnershipEvent[]::new));
    }

    private static List<PartnershipEvent> file(List<PartnershipEvent> history, LocalDate yearEnd, Instant now) {
        return Decider.decide(PartnershipState.of(history), new FileFinancialReport(ID, CLAIRE, yearEnd, SPENT,
                "Prestation de service dépensée pour l’accueil du mercredi", null), at(now));
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(CommandRefused.class).extracting(e -> ((CommandRefused) e).reason()
                .code()).isEqualTo(code);
    }
}
