package org.entente.notifier.reminder;

import java.util.List;
import java.util.Set;

/**
 * One thing to tell some institutions.
 *
 * @param kind       which mail
 * @param recipients the institutions to tell, by id
 * @param details    what the mail names besides the partnership, in the order {@link Kind} gives
 */
public record Reminder(Kind kind, Set<String> recipients, List<Object> details) {

    public Reminder {
        recipients = Set.copyOf(recipients);
        details = List.copyOf(details);
    }

    /** The mails the notifier writes, each with its details. */
    public enum Kind {
        /** An institution was invited; details: the lead's name. */
        INVITATION,
        /** A new version of the terms awaits each partner's approval; details: its number. */
        TERMS_TO_APPROVE,
        /** Every partner approved a version: it awaits each one's signature; details: its number. */
        AGREEMENT_TO_SIGN,
        /** The last days to give notice of non-renewal; details: the notice deadline, the term's end. */
        NOTICE_WINDOW_CLOSING,
        /** A period's evaluation fell due; details: its due date. */
        EVALUATION_DUE,
        /** An evaluation is overdue; details: its due date. */
        EVALUATION_OVERDUE,
        /** A year's compte rendu financier fell due; details: the year's last day, the deadline. */
        REPORT_DUE,
        /** A compte rendu financier is overdue; details: the year's last day, the deadline. */
        REPORT_OVERDUE,
        /** The partnership came to its end without renewal; details: its last day. */
        EXPIRED
    }
}
