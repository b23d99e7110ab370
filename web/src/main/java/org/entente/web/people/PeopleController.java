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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Données personnelles", for administrators alone. First the person is found by their identifier, and the page
 * shows whom it names (their names as recorded, how many values where); only then can their name or capacity be
 * corrected, or all their personal data erased, so that nobody erases a person they have not seen named. A refusal
 * is shown beside the form that caused it, in the person's language, the form kept as typed; what was done is said
 * once, after a redirect, so that reloading the page does nothing again.
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
    String page(@RequestParam(required = false) String person, Model model, HttpServletResponse response) {
        requireAdmin();
        String personId = FormValues.given(person);
        model.addAttribute("person", person);
        if (personId == null) {
            return "people";
        }
        if (!FormValues.acceptable(personId)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("findError", true);
            return "people";
        }
        return withPerson(personId, null, null, model, response, ErasureForm.of(personId),
                RectificationForm.of(personId));
    }

    @PostMapping("/people/erasure")
    String erase(@Valid @ModelAttribute ErasureForm erasureForm, BindingResult errors, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        requireAdmin();
        String personId = FormValues.given(erasureForm.getPersonId());
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return withPerson(personId, null, null, model, response, erasureForm, RectificationForm.of(personId));
        }
        try {
            PersonalData.Erased erased = personalData.erase(personId, erasureForm.getIdempotencyKey());
            redirect.addFlashAttribute("erased", new Erased(personId, erased.values(), erased.partnerships()));
        } catch (Refusal refusal) {
            erasureForm.renewKey();
            erasureForm.setConfirmed(false);
            return withPerson(personId, refusal, "erasure", model, response, erasureForm,
                    RectificationForm.of(personId));
        }
        return "redirect:/people";
    }

    @PostMapping("/people/rectification")
    String rectify(@Valid @ModelAttribute RectificationForm rectificationForm, BindingResult errors, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        requireAdmin();
        String personId = FormValues.given(rectificationForm.getPersonId());
        if (!errors.hasFieldErrors("name") && !errors.hasFieldErrors("capacity")
                && !rectificationForm.correctsSomething()) {
            errors.rejectValue("name", "people.rectification.nothing");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return withPerson(personId, null, null, model, response, ErasureForm.of(personId), rectificationForm);
        }
        try {
            PersonalData.Rectified rectified = personalData.rectify(personId,
                    FormValues.given(rectificationForm.getName()), FormValues.given(rectificationForm.getCapacity()),
                    rectificationForm.getIdempotencyKey());
            redirect.addFlashAttribute("rectified", new Rectified(personId, rectified.partnerships(),
                    rectified.capacityPartnerships()));
        } catch (Refusal refusal) {
            rectificationForm.renewKey();
            return withPerson(personId, refusal, "rectification", model, response, ErasureForm.of(personId),
                    rectificationForm);
        }
        // Back to the person, whose name now reads corrected.
        return "redirect:" + UriComponentsBuilder.fromPath("/people").queryParam("person", personId).encode()
                .toUriString();
    }

    /**
     * The page with the person found and the forms that act on them; a refusal shown beside {@code form}. When the
     * person cannot be found (any more), what stands is said beside the search instead, and no form is offered.
     * An expired session and a missing role go to their own pages.
     */
    private String withPerson(String personId, Refusal refusal, String form, Model model,
                              HttpServletResponse response, ErasureForm erasureForm,
                              RectificationForm rectificationForm) {
        model.addAttribute("person", personId);
        model.addAttribute("erasureForm", erasureForm);
        model.addAttribute("rectificationForm", rectificationForm);
        if (refusal != null) {
            rethrowIfNotForTheForm(refusal);
            response.setStatus(refusal.status());
            model.addAttribute("refusal", refusal).addAttribute("refusedForm", form);
        }
        if (personId == null) {
            return "people";
        }
        try {
            model.addAttribute("held", personalData.held(personId));
        } catch (Refusal notFound) {
            rethrowIfNotForTheForm(notFound);
            if (refusal == null) {
                response.setStatus(notFound.status());
                model.addAttribute("refusal", notFound);
            }
            model.addAttribute("refusedForm", "find");
        }
        return "people";
    }

    private static void rethrowIfNotForTheForm(Refusal refusal) {
        if (refusal.isUnauthenticated() || refusal.status() == HttpServletResponse.SC_FORBIDDEN) {
            throw refusal;
        }
    }

    private void requireAdmin() {
        if (!signedIn.person().isAdmin()) {
            throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "forbidden",
                    "Personal data is erased and corrected by administrators.");
        }
    }
}
