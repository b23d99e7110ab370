package org.entente.web.portfolio;

import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.web.api.Partnership;
import org.entente.web.api.PortfolioFilter;
import org.entente.web.api.PortfolioPage;
import org.entente.web.api.QueryService;
import org.entente.web.api.Refusal;
import org.entente.web.partnership.AvailableSteps;
import org.entente.web.partnership.Step;
import org.entente.web.signin.Landing;
import org.entente.web.signin.Person;
import org.entente.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The portfolio of the person's institution (an auditor's is every partnership) and what awaits their action. */
@Controller
class PortfolioController {

    /** Open partnerships looked at for pending actions: enough for any institution's desk, bounded in cost. */
    private static final int AWAITING_SCAN = 50;

    private final QueryService query;
    private final SignedIn signedIn;
    private final Clock clock;

    PortfolioController(QueryService query, SignedIn signedIn, Clock clock) {
        this.query = query;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** A partnership awaiting the person, and the steps it awaits. */
    record Awaiting(PortfolioPage.Item partnership, Set<Step> steps) {
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + Landing.of(signedIn.person());
    }

    @GetMapping("/partnerships")
    String portfolio(@ModelAttribute("filter") PortfolioFilter filter, Model model) {
        model.addAttribute("page", query.portfolio(filter));
        model.addAttribute("statuses", PartnershipStatus.values());
        model.addAttribute("types", PartnershipType.values());
        model.addAttribute("awaiting", awaiting(signedIn.person()));
        return "portfolio";
    }

    private List<Awaiting> awaiting(Person person) {
        List<Awaiting> awaiting = new ArrayList<>();
        if (!person.isPartner()) {
            return awaiting;
        }
        PortfolioPage recent = query.portfolio(new PortfolioFilter(null, null, null, null, null, null, null,
                "proposedAt", "desc", 0, AWAITING_SCAN));
        for (PortfolioPage.Item item : recent.items()) {
            if (item.status().isClosed()) {
                continue;
            }
            try {
                Partnership partnership = query.partnership(item.id());
                Set<Step> steps = AvailableSteps.awaiting(partnership, person, clock);
                if (!steps.isEmpty()) {
                    awaiting.add(new Awaiting(item, steps));
                }
            } catch (Refusal gone) {
                // Listed a moment ago, not readable now (a replay switching tables): it is shown next time.
            }
        }
        return awaiting;
    }
}
