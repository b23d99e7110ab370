package org.entente.web.partnership;

import jakarta.servlet.http.HttpServletResponse;
import org.entente.web.api.CommandService;
import org.entente.web.api.Partnership;
import org.entente.web.api.QueryService;
import org.entente.web.api.Refusal;
import org.entente.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/**
 * Every lifecycle step as a form. A refusal is shown in the form in the person's language, from the problem's
 * code; a stale version says someone else acted first and what they did, with the form set to the new version.
 */
@Controller
class StepController {

    private final QueryService query;
    private final CommandService commands;
    private final SignedIn signedIn;
    private final SmartValidator validator;

    StepController(QueryService query, CommandService commands, SignedIn signedIn, SmartValidator validator) {
        this.query = query;
        this.commands = commands;
        this.signedIn = signedIn;
        this.validator = validator;
    }

    @GetMapping("/partnerships/{id}/steps/{slug}")
    String form(@PathVariable UUID id, @PathVariable String slug, Model model) {
        Step step = step(slug);
        Partnership partnership = query.partnership(id);
        model.addAttribute("stepForm", StepForms.prefilled(step, partnership));
        return show(step, partnership, model);
    }

    @PostMapping("/partnerships/{id}/steps/{slug}")
    String submit(@PathVariable UUID id, @PathVariable String slug, @ModelAttribute StepForm stepForm,
                  BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Step step = step(slug);
        validator.validate(stepForm, errors, StepRequests.group(step));
        validator.validate(stepForm, errors);
        if (step == Step.COUNTER_PROPOSE && (stepForm.getTerms() == null || !stepForm.getTerms().hasAnObjective())) {
            errors.rejectValue("terms", "terms.objectives.required");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(step, query.partnership(id), model);
        }
        try {
            StepRequests.Request request = StepRequests.of(step, id, stepForm);
            long version = commands.send(request.path(), request.body(), stepForm.getSeenVersion(),
                    stepForm.getIdempotencyKey()).version();
            query.awaitVersion(id, version);
        } catch (Refusal refusal) {
            if (refusal.isNotFound() || refusal.isUnauthenticated()) {
                throw refusal;
            }
            return refused(step, id, stepForm, refusal, model, response);
        }
        redirect.addFlashAttribute("done", step);
        return "redirect:/partnerships/" + id;
    }

    private String refused(Step step, UUID id, StepForm form, Refusal refusal, Model model,
                           HttpServletResponse response) {
        Partnership current = query.partnership(id);
        response.setStatus(refusal.status());
        model.addAttribute("refusal", refusal);
        // Whatever the refusal, if others acted since the form was shown, that is what the person must see first.
        if (refusal.isStaleVersion() || current.version() > form.getSeenVersion()) {
            model.addAttribute("sinceSeen", query.history(id).steps().stream()
                    .filter(s -> s.sequence() > form.getSeenVersion()).toList());
        }
        if (refusal.isStaleVersion()) {
            StepForms.rebase(form, step, current);
        }
        // A new key: a retry with the old one would replay this refusal instead of acting.
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return show(step, current, model);
    }

    private String show(Step step, Partnership partnership, Model model) {
        if (model.getAttribute("stepForm") instanceof StepForm form) {
            StepForms.complete(form, step, partnership);
        }
        model.addAttribute("step", step);
        model.addAttribute("p", partnership);
        model.addAttribute("offered", AvailableSteps.of(partnership, signedIn.person()).contains(step));
        return "step";
    }

    private static Step step(String slug) {
        Step step = Step.ofSlug(slug);
        if (step == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return step;
    }
}
