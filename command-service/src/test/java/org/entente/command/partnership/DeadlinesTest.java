package org.entente.command.partnership;

import org.entente.calendar.DueItem.Kind;
import org.entente.command.partnership.Commands.GiveNoticeOfNonRenewal;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.NoticeOfNonRenewalGiven;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;
import org.entente.events.PartnershipStatus;
import org.entente.events.Terms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.command.partnership.Dated.act;
import static org.entente.command.partnership.Dated.at;
import static org.entente.command.partnership.Dated.midnight;
import static org.entente.command.partnership.Dated.tacit2026;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.KARIM;
import static org.entente.command.partnership.Scenario.STRANGER;
import static org.entente.command.partnership.Scenario.plus;

/**
 * Each rule of time the second before, at and after its instant (issue 20): a term of 2026 renewing tacitly,
 * notice due by 2 October (90 days before 31 December), its days beginning at midnight in Paris.
 */
class DeadlinesTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final Instant NOTICE_CLOSES = midnight(LocalDate.of(2026, 10, 3));
    private static final Instant TERM_ENDS = midnight(NEW_YEAR);

    @Nested
    class TermEnd {

        @Test
        void noRenewal_theSecondBeforeTheNoticeDeadlineCloses_norTheSecondBeforeTheTermEnds() {
            assertRefused(() -> act(tacit2026(), Kind.TERM_END, NEW_YEAR, NOTICE_CLOSES.minusSeconds(1)),
                    "not-yet-due");
            assertRefused(() -> act(tacit2026(), Kind.TERM_END, NEW_YEAR, TERM_ENDS.minusSeconds(1)), "not-yet-due");
        }

        @Test
        void exactlyOneRenewal_asTheTermEnds_forATermAsLong() {
            List<PartnershipEvent> renewed = act(tacit2026(), Kind.TERM_END, NEW_YEAR, TERM_ENDS);

            assertThat(renewed).filteredOn(PartnershipRenewedTacitly.class::isInstance).containsExactly(
                    new PartnershipRenewedTacitly(ID, LocalDate.of(2026, 12, 31), NEW_YEAR,
                            LocalDate.of(2027, 12, 31), TERM_ENDS));
            List<PartnershipEvent> after = plus(tacit2026(), renewed.toArray(PartnershipEvent[]::new));
            assertRefused(() -> act(after, Kind.TERM_END, NEW_YEAR, TERM_ENDS), "no-longer-due");
            assertRefused(() -> act(after, Kind.TERM_END, NEW_YEAR, TERM_ENDS.plusSeconds(1)), "no-longer-due");
            assertThat(PartnershipState.of(after).pending(Dated.RULES)).extracting(item -> item.date())
                    .contains(LocalDate.of(2028, 1, 1)).allMatch(date -> date.isAfter(NEW_YEAR.minusDays(100)));
        }

        @Test
        void anExpiryInstead_whenNoticeWasGiven_aSecondLater_too() {
            List<PartnershipEvent> noticed = plus(tacit2026(), new NoticeOfNonRenewalGiven(ID, "caf-57", "Ends",
                    LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 31), NOTICE_CLOSES.minusSeconds(1)));

            assertRefused(() -> act(noticed, Kind.TERM_END, NEW_YEAR, TERM_ENDS.minusSeconds(1)), "not-yet-due");
            assertThat(act(noticed, Kind.TERM_END, NEW_YEAR, TERM_ENDS.plusSeconds(1))).endsWith(
                    new PartnershipExpired(ID, LocalDate.of(2026, 12, 31), "caf-57", TERM_ENDS.plusSeconds(1)));
        }

        @Test
        void anExplicitRenewal_expiresAtTheEnd() {
            List<PartnershipEvent> explicit = Dated.active(new Terms.Duration(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), Terms.Duration.Renewal.EXPLICIT, 90), "yearly");

            List<PartnershipEvent> expired = act(explicit, Kind.TERM_END, NEW_YEAR, TERM_ENDS);
            assertThat(expired).endsWith(new PartnershipExpired(ID, LocalDate.of(2026, 12, 31), null, TERM_ENDS));
            assertThat(PartnershipState.of(plus(explicit, expired.toArray(PartnershipEvent[]::new))).status())
                    .isEqualTo(PartnershipStatus.EXPIRED);
        }

        @Test
        void actedOnLate_recordsTheItemsDueBeforeIt_first_inTheirOrder_andThoseDueSince_andThoseAreThenDone() {
            Instant february = midnight(LocalDate.of(2027, 2, 1));

            List<PartnershipEvent> caughtUp = act(tacit2026(), Kind.TERM_END, NEW_YEAR, february);

            assertThat(caughtUp).containsExactly(
                    new NoticeDeadlineApproaching(ID, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 31), 30,
                            february),
                    new NoticeDeadlineApproaching(ID, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 31), 7,
                            february),
                    new EvaluationFallenDue(ID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), NEW_YEAR,
                            february),
                    new PartnershipRenewedTacitly(ID, LocalDate.of(2026, 12, 31), NEW_YEAR,
                            LocalDate.of(2027, 12, 31), february),
                    new EvaluationOverdue(ID, NEW_YEAR, 30, february));
            List<PartnershipEvent> after = plus(tacit2026(), caughtUp.toArray(PartnershipEvent[]::new));
            assertRefused(() -> act(after, Kind.NOTICE_DEADLINE_APPROACHING, LocalDate.of(2026, 9, 2), february),
                    "no-longer-due");
            assertRefused(() -> act(after, Kind.EVALUATION_DUE, NEW_YEAR, february), "no-longer-due");
            assertRefused(() -> act(after, Kind.EVALUATION_OVERDUE, NEW_YEAR.plusDays(30), february),
                    "no-longer-due");
        }

        @Test
        void actedOnAtItsDay_recordsNothingDueLater() {
            Instant reminded = midnight(LocalDate.of(2026, 9, 2));

            assertThat(act(tacit2026(), Kind.NOTICE_DEADLINE_APPROACHING, LocalDate.of(2026, 9, 2), reminded))
                    .containsExactly(new NoticeDeadlineApproaching(ID, LocalDate.of(2026, 10, 2),
                            LocalDate.of(2026, 12, 31), 30, reminded));
        }

        @Test
        void afterADissolution_nothingIsDue() {
            List<PartnershipEvent> dissolved = plus(tacit2026(), new PartnershipEvent.PartnershipDissolved(ID,
                    org.entente.events.DissolutionReason.MUTUAL_AGREEMENT, null, LocalDate.of(2026, 6, 1),
                    "ccas-metz", midnight(LocalDate.of(2026, 6, 1))));

            assertRefused(() -> act(dissolved, Kind.TERM_END, NEW_YEAR, TERM_ENDS), "no-longer-due");
            assertThat(PartnershipState.of(dissolved).pending(Dated.RULES)).isEmpty();
        }

        @Test
        void anItemTheTermsNeverMadeDue_isRefused() {
            assertRefused(() -> act(tacit2026(), Kind.TERM_END, LocalDate.of(2026, 12, 31), TERM_ENDS),
                    "no-longer-due");
        }
    }

    @Nested
    class Notice {

        private final GiveNoticeOfNonRenewal notice = new GiveNoticeOfNonRenewal(ID, KARIM, "The programme ends",
                null);

        @Test
        void isGiven_untilTheLastSecondOfTheDeadlinesDay_andRefusedFromTheNext() {
            assertThat(Deadlines.giveNotice(PartnershipState.of(tacit2026()), notice,
                    at(NOTICE_CLOSES.minusSeconds(1)))).containsExactly(new NoticeOfNonRenewalGiven(ID, "caf-57",
                    "The programme ends", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 31),
                    NOTICE_CLOSES.minusSeconds(1)));
            assertRefused(() -> Deadlines.giveNotice(PartnershipState.of(tacit2026()), notice, at(NOTICE_CLOSES)),
                    "notice-deadline-passed");
            assertRefused(() -> Deadlines.giveNotice(PartnershipState.of(tacit2026()), notice,
                    at(NOTICE_CLOSES.plusSeconds(1))), "notice-deadline-passed");
        }

        @Test
        void isRefused_twice_withoutTacitRenewal_orFromAStranger() {
            List<PartnershipEvent> given = plus(tacit2026(), Deadlines.giveNotice(PartnershipState.of(tacit2026()),
                    notice, at(midnight(LocalDate.of(2026, 5, 1)))).toArray(PartnershipEvent[]::new));
            List<PartnershipEvent> explicit = Dated.active(new Terms.Duration(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), Terms.Duration.Renewal.EXPLICIT, 90), "yearly");
            Instant may = midnight(LocalDate.of(2026, 5, 1));

            assertRefused(() -> Deadlines.giveNotice(PartnershipState.of(given), notice, at(may)),
                    "notice-already-given");
            assertRefused(() -> Deadlines.giveNotice(PartnershipState.of(explicit), notice, at(may)),
                    "no-tacit-renewal");
            assertRefused(() -> Deadlines.giveNotice(PartnershipState.of(tacit2026()), new GiveNoticeOfNonRenewal(ID,
                    STRANGER, "No", null), at(may)), "not-found");
            assertRefused(() -> Deadlines.giveNotice(PartnershipState.of(tacit2026()), new GiveNoticeOfNonRenewal(ID,
                    KARIM, " ", null), at(may)), "text-required");
        }

        @Test
        void remindersCome_aMonthAndAWeekBefore_andStopOnceNoticeIsGiven() {
            LocalDate monthBefore = LocalDate.of(2026, 9, 2);

            assertRefused(() -> act(tacit2026(), Kind.NOTICE_DEADLINE_APPROACHING, monthBefore,
                    midnight(monthBefore).minusSeconds(1)), "not-yet-due");
            assertThat(act(tacit2026(), Kind.NOTICE_DEADLINE_APPROACHING, monthBefore, midnight(monthBefore)))
                    .containsExactly(new NoticeDeadlineApproaching(ID, LocalDate.of(2026, 10, 2),
                            LocalDate.of(2026, 12, 31), 30, midnight(monthBefore)));
            List<PartnershipEvent> given = plus(tacit2026(), new NoticeOfNonRenewalGiven(ID, "caf-57", "Ends",
                    LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 31), midnight(monthBefore)));
            LocalDate weekBefore = LocalDate.of(2026, 9, 25);
            assertRefused(() -> act(given, Kind.NOTICE_DEADLINE_APPROACHING, weekBefore, midnight(weekBefore)),
                    "no-longer-due");
        }
    }

    @Nested
    class Evaluations {

        private final List<PartnershipEvent> threeYears = Dated.active(new Terms.Duration(LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), Terms.Duration.Renewal.NONE, 0), "annuelle");

        @Test
        void fallDue_asEachYearEnds_forThePeriodJustEnded() {
            assertRefused(() -> act(threeYears, Kind.EVALUATION_DUE, NEW_YEAR, TERM_ENDS.minusSeconds(1)),
                    "not-yet-due");
            assertThat(act(threeYears, Kind.EVALUATION_DUE, LocalDate.of(2028, 1, 1),
                    midnight(LocalDate.of(2028, 1, 1)))).endsWith(new EvaluationFallenDue(ID, NEW_YEAR,
                    LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 1), midnight(LocalDate.of(2028, 1, 1))));
        }

        @Test
        void theEvaluationDueAsATermRenews_isRecordedBeforeTheRenewal_andMayBeOverdue_inTheNextTerm() {
            List<PartnershipEvent> caughtUp = act(tacit2026(), Kind.NOTICE_DEADLINE_APPROACHING,
                    LocalDate.of(2026, 9, 25), TERM_ENDS);
            List<PartnershipEvent> renewed = plus(tacit2026(), caughtUp.toArray(PartnershipEvent[]::new));

            assertThat(caughtUp.subList(caughtUp.size() - 2, caughtUp.size())).containsExactly(
                    new EvaluationFallenDue(ID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), NEW_YEAR,
                            TERM_ENDS),
                    new PartnershipRenewedTacitly(ID, LocalDate.of(2026, 12, 31), NEW_YEAR,
                            LocalDate.of(2027, 12, 31), TERM_ENDS));
            LocalDate graceEnds = NEW_YEAR.plusDays(30);
            assertThat(act(renewed, Kind.EVALUATION_OVERDUE, graceEnds, midnight(graceEnds)))
                    .containsExactly(new EvaluationOverdue(ID, NEW_YEAR, 30, midnight(graceEnds)));
        }

        @Test
        void areOverdue_aMonthLater_unlessAnEvaluationOfThePeriodWasRecorded() {
            LocalDate graceEnds = NEW_YEAR.plusDays(30);

            assertRefused(() -> act(threeYears, Kind.EVALUATION_OVERDUE, graceEnds,
                    midnight(graceEnds).minusSeconds(1)), "not-yet-due");
            assertThat(act(threeYears, Kind.EVALUATION_OVERDUE, graceEnds, midnight(graceEnds)))
                    .endsWith(new EvaluationOverdue(ID, NEW_YEAR, 30, midnight(graceEnds)));
            List<PartnershipEvent> evaluated = plus(threeYears, new EvaluationRecorded(ID, UUID.randomUUID(),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(), "Done", 4, List.of(),
                    "ccas-metz", midnight(NEW_YEAR.plusDays(10))));
            assertRefused(() -> act(evaluated, Kind.EVALUATION_OVERDUE, graceEnds, midnight(graceEnds)),
                    "no-longer-due");
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(CommandRefused.class).extracting(e -> ((CommandRefused) e).reason()
                .code()).isEqualTo(code);
    }
}
