package org.entente.query.deadlines;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline as the API gives it: of which partnership, what ({@code EVALUATION}, {@code FINANCIAL_REPORT},
 * {@code NOTICE_DEADLINE}, {@code TACIT_RENEWAL}, {@code TERM_END}), by when, whether it is {@code COMING},
 * {@code DUE} or {@code OVERDUE}, the period it covers and the day it is late from, where these apply.
 */
record DeadlineView(UUID partnershipId, String reference, String title, String kind, LocalDate date,
                    String standing, LocalDate periodStart, LocalDate periodEnd, LocalDate lateFrom) {
}
