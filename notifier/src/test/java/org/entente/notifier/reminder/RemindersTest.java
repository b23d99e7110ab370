package org.entente.notifier.reminder;

import org.entente.events.Institution;
import org.entente.events.Obligation;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.notifier.reminder.Reminder.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RemindersTest {

    private static final UUID ID = UUID.fromString("6f1c2d8e-0000-4000-8000-000000000001");
    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2027, 6, 30);

    /** The lead, CCAS de Metz, and the CAF, which accepted its invitation; the Ligue is invited, not a partner. */
    private static Partners threeInvitedTwoIn() {
        Partners partners = Membership.apply(Partners.UNKNOWN, new PartnershipProposed(ID, "CEJ-57",
                "Contrat Enfance Jeunesse", "Accueil", null, null, null,
                new Institution("ccas-metz", "CCAS de Metz", Institution.Kind.LOCAL_AUTHORITY), null, "h", AT), 0);
        partners = Membership.apply(partners, invited("caf-57"), 1);
        partners = Membership.apply(partners, invited("ligue-57"), 2);
        return Membership.apply(partners, new InvitationAccepted(ID, "caf-57", AT), 3);
    }

    private static PartnerInvited invited(String institution) {
        return new PartnerInvited(ID, new Institution(institution, institution, Institution.Kind.OTHER),
                PartnerRole.OPERATOR, AT);
    }

    @Test
    void anInvitation_goesToTheInvitedInstitutionAlone_namingTheLead() {
        Partners partners = threeInvitedTwoIn();

        assertThat(Reminders.of(partners, invited("mairie-metz")))
                .contains(new Reminder(Kind.INVITATION, Set.of("mairie-metz"), List.of("CCAS de Metz")));
    }

    @Test
    void aNewVersion_goesToEveryPartnerButItsProposer_andNotToAnInviteeThatDidNotAccept() {
        TermsProposed counter = new TermsProposed(ID, 2, 1, null, "h2", "Plus d’heures", "caf-57", AT);

        assertThat(Reminders.of(threeInvitedTwoIn(), counter))
                .contains(new Reminder(Kind.TERMS_TO_APPROVE, Set.of("ccas-metz"), List.of(2)));
    }

    @Test
    void whatFallsDueOrEnds_goesToEveryPartner_withItsDates() {
        Partners partners = threeInvitedTwoIn();
        Set<String> both = Set.of("ccas-metz", "caf-57");
        LocalDate deadline = DAY.plusMonths(6);

        assertThat(List.of(
                new AgreementReached(ID, 3, "h3", AT),
                new NoticeDeadlineApproaching(ID, DAY, DAY.plusMonths(3), 30, AT),
                new EvaluationFallenDue(ID, DAY.minusYears(1), DAY, DAY, AT),
                new EvaluationOverdue(ID, DAY, 30, AT),
                new ObligationFallenDue(ID, Obligation.FINANCIAL_REPORT, DAY.minusYears(1), DAY, deadline, AT),
                new ObligationOverdue(ID, Obligation.FINANCIAL_REPORT, DAY, deadline, AT),
                new PartnershipExpired(ID, DAY, "caf-57", AT)).stream()
                .map(event -> Reminders.of(partners, event).orElseThrow()))
                .containsExactly(
                        new Reminder(Kind.AGREEMENT_TO_SIGN, both, List.of(3)),
                        new Reminder(Kind.NOTICE_WINDOW_CLOSING, both, List.of(DAY, DAY.plusMonths(3))),
                        new Reminder(Kind.EVALUATION_DUE, both, List.of(DAY)),
                        new Reminder(Kind.EVALUATION_OVERDUE, both, List.of(DAY)),
                        new Reminder(Kind.REPORT_DUE, both, List.of(DAY, deadline)),
                        new Reminder(Kind.REPORT_OVERDUE, both, List.of(DAY, deadline)),
                        new Reminder(Kind.EXPIRED, both, List.of(DAY)));
    }

    @Test
    void aPartnerThatWithdrew_isToldNothingMore() {
        Partners partners = Membership.apply(threeInvitedTwoIn(),
                new PartnerWithdrew(ID, "caf-57", "Budget", DAY, AT), 4);

        assertThat(Reminders.of(partners, new EvaluationOverdue(ID, DAY, 30, AT)).orElseThrow().recipients())
                .containsExactly("ccas-metz");
    }

    @Test
    void anEventThatAsksNothingOfAnybody_callsForNoMail() {
        List<PartnershipEvent> quiet = List.of(new TermsApproved(ID, 1, "h", "caf-57", AT),
                new InvitationAccepted(ID, "ligue-57", AT));

        assertThat(quiet).allSatisfy(event -> assertThat(Reminders.of(threeInvitedTwoIn(), event)).isEmpty());
    }

    @Test
    void theMembership_remembersThePositionOfTheLastEvent_soThatARecordReadAgainIsRecognised() {
        Partners partners = threeInvitedTwoIn();

        assertThat(partners.members()).containsExactlyInAnyOrder("ccas-metz", "caf-57");
        assertThat(partners.hasSeen(3)).isTrue();
        assertThat(partners.hasSeen(4)).isFalse();
        assertThat(Partners.UNKNOWN.hasSeen(0)).isFalse();
    }

    @Test
    void anEventRecordedLongerAgoThanTheHorizon_isOutdated_theSecondAfterIt() {
        Duration week = Duration.ofDays(7);

        assertThat(Reminders.outdated(AT, AT.plus(week), week)).isFalse();
        assertThat(Reminders.outdated(AT, AT.plus(week).plusSeconds(1), week)).isTrue();
    }

    /** Recorded today, it took effect on a day that began more than the horizon ago (Paris's midnight). */
    @Test
    void anEventThatTookEffectLongerAgoThanTheHorizon_isOutdated_howeverRecentlyItWasRecorded() {
        Duration week = Duration.ofDays(7);
        LocalDate day = LocalDate.of(2026, 3, 2);
        Instant dayBegan = Instant.parse("2026-03-01T23:00:00Z");

        assertThat(Reminders.outdated(dayBegan.plus(week), day, dayBegan.plus(week), week)).isFalse();
        assertThat(Reminders.outdated(dayBegan.plus(week).plusSeconds(1), day, dayBegan.plus(week).plusSeconds(1),
                week)).isTrue();
        assertThat(Reminders.outdated(dayBegan.plus(week).plusSeconds(1), null, dayBegan.plus(week).plusSeconds(1),
                week)).as("an event that took effect when it was recorded").isFalse();
        assertThat(Reminders.outdated(AT, LocalDate.now(), AT.plus(week).plusSeconds(1), week))
                .as("recorded too long ago, whatever its day").isTrue();
    }
}
