package org.entente.web.deadlines;

import org.entente.web.api.Calendars;
import org.entente.web.api.Refusal;
import org.entente.web.signin.Person;
import org.entente.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Set;

/** "Échéances": the institution's deadlines, and its calendar feed for the partners and signatories. */
@Controller
class DeadlinesController {

    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    /** How far ahead the coming deadlines are listed, in months: the choices of the page's horizon. */
    static final List<Integer> HORIZONS = List.of(1, 3, 12, 36);
    private static final int DEFAULT_HORIZON = 12;

    private final Calendars calendars;
    private final SignedIn signedIn;

    DeadlinesController(Calendars calendars, SignedIn signedIn) {
        this.calendars = calendars;
        this.signedIn = signedIn;
    }

    @GetMapping("/echeances")
    String deadlines(@RequestParam(defaultValue = "12") String horizon, Model model) {
        Person person = signedIn.person();
        if (!person.readsPartnerships()) {
            throw forbidden();
        }
        int months = HORIZONS.stream().filter(choice -> choice.toString().equals(horizon)).findFirst()
                .orElse(DEFAULT_HORIZON);
        model.addAttribute("d", calendars.ofInstitution(months));
        model.addAttribute("horizon", months);
        model.addAttribute("horizons", HORIZONS);
        boolean managesFeed = managesFeed(person);
        model.addAttribute("managesFeed", managesFeed);
        model.addAttribute("feed", managesFeed ? calendars.feed().orElse(null) : null);
        return "deadlines";
    }

    /** A new address, given once on the page it leads back to; the address before stops working. */
    @PostMapping("/echeances/calendrier")
    String openFeed(@RequestParam(defaultValue = "fr") String language, RedirectAttributes redirect) {
        requireFeedManager();
        String secret = calendars.openFeed(LANGUAGES.contains(language) ? language : "fr").secret();
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendrier/{secret}.ics").buildAndExpand(secret).toUriString());
        return "redirect:/echeances#calendar-feed";
    }

    @PostMapping("/echeances/calendrier/revocation")
    String revokeFeed(RedirectAttributes redirect) {
        requireFeedManager();
        calendars.revokeFeed();
        redirect.addFlashAttribute("feedRevoked", true);
        return "redirect:/echeances#calendar-feed";
    }

    private void requireFeedManager() {
        if (!managesFeed(signedIn.person())) {
            throw forbidden();
        }
    }

    /** The translated page "you have no access to this page", as for a refusal of the services. */
    private static Refusal forbidden() {
        return new Refusal(403, "forbidden", "Deadlines are for the partners, signatories and auditors.");
    }

    private static boolean managesFeed(Person person) {
        return person.isPartner() || person.isSignatory();
    }
}
