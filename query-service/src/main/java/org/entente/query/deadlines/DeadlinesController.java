package org.entente.query.deadlines;

import org.entente.platform.security.Caller;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.query.web.Forbidden;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partnership's deadlines, and the caller's institution's across its partnerships ("Échéances"). */
@RestController
class DeadlinesController {

    /** How far ahead the workspace looks unless asked: a year covers every evaluation and term end once. */
    private static final int MONTHS_AHEAD = 12;

    private final DeadlinesReader reader;
    private final PartnershipAccess access;
    private final Clock clock;

    DeadlinesController(DeadlinesReader reader, PartnershipAccess access, Clock clock) {
        this.reader = reader;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/partnerships/{id}/deadlines")
    Deadlines ofPartnership(@PathVariable UUID id, Authentication authentication) {
        access.requireReadable(Caller.of(authentication), id);
        LocalDate today = LocalDate.now(clock);
        return new Deadlines(today, reader.ofPartnership(id, today));
    }

    /** Due and overdue whatever their date, coming up to {@code until} (a year from today unless given). */
    @GetMapping("/deadlines")
    Deadlines ofInstitution(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate until, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.readsPartnerships()) {
            throw new Forbidden("Your roles give access to aggregate reports only.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate last = until == null ? today.plusMonths(MONTHS_AHEAD) : until;
        return new Deadlines(today, caller.hasRole("auditor") ? reader.all(today, last)
                : reader.ofInstitution(caller.institutionId(), today, last));
    }

    /** The deadlines, in date order, and the day "today" was when they were read. */
    record Deadlines(LocalDate today, List<DeadlineView> deadlines) {
    }
}
