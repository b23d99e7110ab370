package org.entente.web.proposal;

import jakarta.servlet.http.HttpServletResponse;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;
import org.entente.web.api.Accepted;
import org.entente.web.api.CommandService;
import org.entente.web.api.QueryService;
import org.entente.web.api.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

import java.util.List;

/**
 * Proposing a partnership in four steps. Each step is a plain form post that checks its own fields and keeps
 * the proposal in the session; the last one sends it to the command side once.
 */
@Controller
@SessionAttributes("proposal")
class ProposalController {

    static final List<String> STAGES = List.of("identity", "partners", "terms", "review");

    private final CommandService commands;
    private final QueryService query;
    private final SmartValidator validator;

    ProposalController(CommandService commands, QueryService query, SmartValidator validator) {
        this.commands = commands;
        this.query = query;
        this.validator = validator;
    }

    @ModelAttribute("proposal")
    ProposalForm proposal() {
        return new ProposalForm();
    }

    @GetMapping("/proposals/new")
    String start(SessionStatus session) {
        session.setComplete();
        return "redirect:/proposals/new/identity";
    }

    @GetMapping("/proposals/new/{stage}")
    String show(@PathVariable String stage, @ModelAttribute("proposal") ProposalForm proposal, Model model) {
        if (!STAGES.contains(stage)) {
            return "redirect:/proposals/new/identity";
        }
        return page(stage, model);
    }

    @PostMapping("/proposals/new/{stage}")
    String next(@PathVariable String stage, @ModelAttribute("proposal") ProposalForm proposal, BindingResult errors,
                Model model, HttpServletResponse response) {
        if (!STAGES.contains(stage) || "review".equals(stage)) {
            return "redirect:/proposals/new/identity";
        }
        check(stage, proposal, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(stage, model);
        }
        if ("terms".equals(stage)) {
            proposal.getTerms().withSpareRows();
        }
        return "redirect:/proposals/new/" + STAGES.get(STAGES.indexOf(stage) + 1);
    }

    @PostMapping("/proposals/new/submit")
    String submit(@ModelAttribute("proposal") ProposalForm proposal, BindingResult errors, Model model,
                  SessionStatus session, HttpServletResponse response) {
        for (String stage : List.of("identity", "partners", "terms")) {
            check(stage, proposal, errors);
            if (errors.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return page(stage, model);
            }
        }
        try {
            Accepted accepted = commands.send("/partnerships", proposal.toRequest(), null,
                    proposal.getIdempotencyKey());
            query.awaitVersion(accepted.partnershipId(), accepted.version());
            session.setComplete();
            return "redirect:/partnerships/" + accepted.partnershipId();
        } catch (Refusal refusal) {
            response.setStatus(refusal.status());
            model.addAttribute("refusal", refusal);
            // The same key would replay this refusal: a corrected proposal is a new request.
            proposal.setIdempotencyKey(java.util.UUID.randomUUID().toString());
            return page("review", model);
        }
    }

    private void check(String stage, ProposalForm proposal, BindingResult errors) {
        switch (stage) {
            case "identity" -> validator.validate(proposal, errors, ProposalForm.Identity.class);
            case "partners" -> {
                validator.validate(proposal, errors, ProposalForm.Partners.class);
                ProposalChecks.invitations(proposal, errors);
            }
            case "terms" -> {
                errors.pushNestedPath("terms");
                validator.validate(proposal.getTerms(), errors);
                errors.popNestedPath();
                if (!proposal.getTerms().hasAnObjective()) {
                    errors.rejectValue("terms", "terms.objectives.required");
                }
            }
            default -> { }
        }
    }

    private static String page(String stage, Model model) {
        model.addAttribute("stage", stage);
        model.addAttribute("stages", STAGES);
        model.addAttribute("types", PartnershipType.values());
        model.addAttribute("legalBases", LegalBasis.Kind.values());
        model.addAttribute("levels", Territory.Level.values());
        model.addAttribute("institutionKinds", Institution.Kind.values());
        model.addAttribute("roles", List.of(PartnerRole.FUNDER, PartnerRole.OPERATOR, PartnerRole.ASSOCIATE));
        return "propose";
    }
}
