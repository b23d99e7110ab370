package org.entente.web.audit;

import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.web.api.HistoryPage;
import org.entente.web.api.Partnership;
import org.entente.web.api.PortfolioFilter;
import org.entente.web.api.QueryService;
import org.entente.web.api.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The auditor's pages; every one a GET, so that nothing here can change the record. */
@Controller
class AuditController {

    private final QueryService query;

    AuditController(QueryService query) {
        this.query = query;
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") PortfolioFilter filter, Model model) {
        model.addAttribute("page", query.portfolio(filter));
        model.addAttribute("statuses", PartnershipStatus.values());
        model.addAttribute("types", PartnershipType.values());
        return "audit-list";
    }

    @GetMapping("/audit/partnerships/{id}")
    String timeline(@PathVariable UUID id, @RequestParam(required = false) String kind, Model model) {
        Partnership partnership = query.partnership(id);
        HistoryPage history = query.history(id);
        model.addAttribute("p", partnership);
        model.addAttribute("kinds", history.steps().stream().map(HistoryPage.Step::step).distinct().sorted().toList());
        model.addAttribute("kind", kind);
        model.addAttribute("steps", history.steps().stream()
                .filter(step -> kind == null || kind.isBlank() || step.step().equals(kind)).toList());
        model.addAttribute("versions", versions(partnership));
        return "audit-timeline";
    }

    @GetMapping("/audit/partnerships/{id}/as-of")
    String asOf(@PathVariable UUID id, @ModelAttribute("asOf") AsOfForm asOf, Model model) {
        Partnership now = query.partnership(id);
        model.addAttribute("now", now);
        if (!asOf.isEmpty()) {
            try {
                Partnership then = asOf.byVersion() ? query.atVersion(id, asOf.version())
                        : query.asOf(id, asOf.instant());
                model.addAttribute("p", then);
                model.addAttribute("stopsAt", stepAt(query.history(id).steps(), then.version()).orElse(null));
            } catch (Refusal nothingYet) {
                // The partnership exists (read above): not found then means not yet proposed at that moment.
                if (!nothingYet.isNotFound()) {
                    throw nothingYet;
                }
                model.addAttribute("nothingYet", true);
            }
        }
        return "audit-as-of";
    }

    @GetMapping("/audit/partnerships/{id}/events")
    String events(@PathVariable UUID id, Model model) {
        model.addAttribute("p", query.partnership(id));
        model.addAttribute("events", query.auditEvents(id));
        return "audit-events";
    }

    /** The auditor's workbench: the verification of the partnership's record against the signed log. */
    @GetMapping("/audit/partnerships/{id}/verification")
    String verification(@PathVariable UUID id, Model model) {
        model.addAttribute("p", query.partnership(id));
        model.addAttribute("v", query.verification(id));
        return "audit-verification";
    }

    private static Optional<HistoryPage.Step> stepAt(List<HistoryPage.Step> steps, long sequence) {
        return steps.stream().filter(step -> step.sequence() == sequence).findFirst();
    }

    static List<Integer> versions(Partnership partnership) {
        int last = partnership.terms() == null ? 0 : partnership.terms().version();
        return java.util.stream.IntStream.rangeClosed(1, last).boxed().toList();
    }
}
