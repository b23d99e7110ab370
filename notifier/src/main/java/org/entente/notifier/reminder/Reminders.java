package org.entente.notifier.reminder;

import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.notifier.reminder.Reminder.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which event calls for which mail, to whom: the partners as they stood when it was recorded. */
public final class Reminders {

    private Reminders() {
    }

    /** The reminder an event calls for, if any; {@code partners} is the partnership as the event found it. */
    public static Optional<Reminder> of(Partners partners, PartnershipEvent event) {
        if (event instanceof PartnerInvited invited) {
            return Optional.of(new Reminder(Kind.INVITATION, Set.of(invited.institution().id()),
                    List.of(partners.leadName())));
        }
        if (event instanceof TermsProposed proposed) {
            Set<String> others = new HashSet<>(partners.members());
            others.remove(proposed.proposedBy());
            return Optional.of(new Reminder(Kind.TERMS_TO_APPROVE, others, List.of(proposed.version())));
        }
        return toEveryPartner(partners, event);
    }

    private static Optional<Reminder> toEveryPartner(Partners partners, PartnershipEvent event) {
        Reminder reminder = null;
        if (event instanceof AgreementReached reached) {
            reminder = everyone(Kind.AGREEMENT_TO_SIGN, partners, reached.version());
        } else if (event instanceof NoticeDeadlineApproaching approaching) {
            reminder = everyone(Kind.NOTICE_WINDOW_CLOSING, partners, approaching.noticeDeadline(),
                    approaching.termEnd());
        } else if (event instanceof EvaluationFallenDue due) {
            reminder = everyone(Kind.EVALUATION_DUE, partners, due.dueDate());
        } else if (event instanceof EvaluationOverdue overdue) {
            reminder = everyone(Kind.EVALUATION_OVERDUE, partners, overdue.dueDate());
        } else if (event instanceof ObligationFallenDue due) {
            reminder = everyone(Kind.REPORT_DUE, partners, due.periodEnd(), due.deadline());
        } else if (event instanceof ObligationOverdue overdue) {
            reminder = everyone(Kind.REPORT_OVERDUE, partners, overdue.periodEnd(), overdue.deadline());
        } else if (event instanceof PartnershipExpired expired) {
            reminder = everyone(Kind.EXPIRED, partners, expired.lastDay());
        }
        return Optional.ofNullable(reminder);
    }

    private static Reminder everyone(Kind kind, Partners partners, Object... details) {
        return new Reminder(kind, partners.members(), List.of(details));
    }

    /** As the contract dates an event's effect: its days are Europe/Paris's. */
    private static final ZoneId CONTRACT_ZONE = ZoneId.of("Europe/Paris");

    /**
     * Whether an event recorded at {@code recordedAt} is too old to remind anybody of at {@code now}: what a
     * notifier reads when it first starts on a topic of several years was said, or missed, long ago.
     */
    public static boolean outdated(Instant recordedAt, Instant now, Duration horizon) {
        return recordedAt.isBefore(now.minus(horizon));
    }

    /**
     * As {@link #outdated(Instant, Instant, Duration)}, and also when the event took effect on a day that began
     * longer ago than the horizon, however recently it was recorded: a convention brought in with its real dates
     * records invitations of years ago, and Entente then records, in one run, the evaluations and notices its
     * past years made due. Nobody is to be mailed an invitation of 2023 or a notice window that closed in 2024;
     * the workspace's deadlines show what is still owed.
     */
    public static boolean outdated(Instant recordedAt, LocalDate effectiveDate, Instant now, Duration horizon) {
        return outdated(recordedAt, now, horizon) || effectiveDate != null
                && outdated(effectiveDate.atStartOfDay(CONTRACT_ZONE).toInstant(), now, horizon);
    }
}
