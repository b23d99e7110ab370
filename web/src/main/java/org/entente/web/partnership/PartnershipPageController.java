package org.entente.web.partnership;

import org.entente.web.api.Calendars;
import org.entente.web.api.HistoryPage;
import org.entente.web.api.Partnership;
import org.entente.web.api.QueryService;
import org.entente.web.signin.Person;
import org.entente.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A partnership's page: status, partners and their standing, the terms on the table, approvals, signatures,
 * evaluations, its next deadlines, the timeline, and the steps this person may take now. What others do appears
 * without reload.
 */
@Controller
class PartnershipPageController {

    /** The deadlines the page shows; the workspace's "Échéances" has them all. */
    private static final int NEXT_DEADLINES = 5;

    private final QueryService query;
    private final Calendars calendars;
    private final SignedIn signedIn;
    private final Clock clock;

    PartnershipPageController(QueryService query, Calendars calendars, SignedIn signedIn, Clock clock) {
        this.query = query;
        this.calendars = calendars;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @GetMapping("/partnerships/{id}")
    String page(@PathVariable UUID id, Model model) {
        Partnership partnership = query.partnership(id);
        HistoryPage history = query.history(id);
        Person person = signedIn.person();
        model.addAttribute("p", partnership);
        model.addAttribute("history", history);
        model.addAttribute("steps", AvailableSteps.of(partnership, person));
        model.addAttribute("awaiting", AvailableSteps.awaiting(partnership, person, clock));
        model.addAttribute("deadlines", calendars.ofPartnership(id).next(NEXT_DEADLINES));
        model.addAttribute("versions", partnership.terms() == null ? java.util.List.of()
                : IntStream.rangeClosed(1, partnership.terms().version()).boxed().toList());
        return "partnership";
    }
}
