package org.entente.web.people;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.entente.web.api.PersonalData;
import org.entente.web.api.Refusal;
import org.entente.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * "Données personnelles", for administrators alone: a person's name or capacity corrected, or all their personal
 * data erased, at their request. A refusal is shown beside the form that caused it, in the person's language, the
 * form kept as typed; what was done is said once, after a redirect, so that reloading the page does nothing again.
 */
@Controller
class PeopleController {

    /** What an erasure did, for the page it leads back to. */
    record Erased(String personId, int values, int partnerships) {
    }

    /** What a rectification did: in how many partnerships the name, and the capacity, were corrected. */
    record Rectified(String personId, int names, int capacities) {
    }

    private final PersonalData personalData;
    private final SignedIn signedIn;

    PeopleController(PersonalData personalData, SignedIn signedIn) {
        this.personalData = personalData;
        this.signedIn = signedIn;
    }

    @GetMapping("/people")
    String page(Model model) {
        requireAdmin();
        return show(model, new ErasureForm(), new RectificationForm());
    }

    @PostMapping("/people/erasure")
    String erase(@Valid @ModelAttribute ErasureForm erasureForm, BindingResult errors, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        requireAdmin();
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, erasureForm, new RectificationForm());
        }
        String personId = FormValues.given(erasureForm.getPersonId());
        try {
            PersonalData.Erased erased = personalData.erase(personId, erasureForm.getIdempotencyKey());
            redirect.addFlashAttribute("erased", new Erased(personId, erased.values(), erased.partnerships()));
        } catch (Refusal refusal) {
            erasureForm.setIdempotencyKey(UUID.randomUUID().toString());
            erasureForm.setConfirmed(false);
            return refused(refusal, "erasure", model, response, erasureForm, new RectificationForm());
        }
        return "redirect:/people";
    }

    @PostMapping("/people/rectification")
    String rectify(@Valid @ModelAttribute RectificationForm rectificationForm, BindingResult errors, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        requireAdmin();
        if (!errors.hasFieldErrors("name") && !errors.hasFieldErrors("capacity")
                && !rectificationForm.correctsSomething()) {
            errors.rejectValue("name", "people.rectification.nothing");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, new ErasureForm(), rectificationForm);
        }
        String personId = FormValues.given(rectificationForm.getPersonId());
        try {
            PersonalData.Rectified rectified = personalData.rectify(personId, FormValues.given(rectificationForm.getName()),
                    FormValues.given(rectificationForm.getCapacity()), rectificationForm.getIdempotencyKey());
            redirect.addFlashAttribute("rectified", new Rectified(personId, rectified.partnerships(),
                    rectified.capacityPartnerships()));
        } catch (Refusal refusal) {
            rectificationForm.setIdempotencyKey(UUID.randomUUID().toString());
            return refused(refusal, "rectification", model, response, new ErasureForm(), rectificationForm);
        }
        return "redirect:/people";
    }

    /**
     * The service's refusal beside the form that caused it; an expired session and a missing role go to their own
     * pages. The callers give the form a new key first: a retry with the old one would replay this refusal.
     */
    private String refused(Refusal refusal, String form, Model model, HttpServletResponse response,
                           ErasureForm erasureForm, RectificationForm rectificationForm) {
        if (refusal.isUnauthenticated() || refusal.status() == HttpServletResponse.SC_FORBIDDEN) {
            throw refusal;
        }
        response.setStatus(refusal.status());
        model.addAttribute("refusal", refusal);
        model.addAttribute("refusedForm", form);
        return show(model, erasureForm, rectificationForm);
    }

    private static String show(Model model, ErasureForm erasureForm, RectificationForm rectificationForm) {
        model.addAttribute("erasureForm", erasureForm);
        model.addAttribute("rectificationForm", rectificationForm);
        return "people";
    }

    private void requireAdmin() {
        if (!signedIn.person().isAdmin()) {
            throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "forbidden",
                    "Personal data is erased and corrected by administrators.");
        }
    }
}
