package org.entente.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.TokenClaims;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The development sign-in, only when no OpenID Connect provider is configured (and the page says so): pick a
 * person of the seed scenarios, or describe another, and get a short-lived token signed by the development key.
 */
@Controller
@WhenDevelopment
class DevSignInController {

    /** Short, as a provider's access token would be: the person signs in again after it. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final DevPeople people;
    private final SeedInstitutions institutions;
    private final DevSigningKey key;
    private final SecurityContextRepository contexts;
    private final Clock clock;

    DevSignInController(DevPeople people, SeedInstitutions institutions, DevSigningKey key,
                        SecurityContextRepository contexts, Clock clock) {
        this.people = people;
        this.institutions = institutions;
        this.key = key;
        this.contexts = contexts;
        this.clock = clock;
    }

    @GetMapping("/signin")
    String page(Model model) {
        model.addAttribute("people", people.all()).addAttribute("institutions", institutions.all());
        if (!model.containsAttribute("identityForm")) {
            model.addAttribute("identityForm", IdentityForm.empty());
        }
        return "signin";
    }

    @PostMapping("/signin/person")
    String signInAs(@RequestParam int index, HttpServletRequest request, HttpServletResponse response) {
        List<Person> all = people.all();
        if (index < 0 || index >= all.size()) {
            return "redirect:/signin?unknown";
        }
        return signIn(all.get(index), request, response);
    }

    @PostMapping("/signin/identity")
    String signInAsAnyone(@Valid @ModelAttribute IdentityForm identityForm, BindingResult errors, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            model.addAttribute("people", people.all()).addAttribute("institutions", institutions.all());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "signin";
        }
        return signIn(identityForm.toPerson(), request, response);
    }

    private String signIn(Person chosen, HttpServletRequest request, HttpServletResponse response) {
        Person person = chosen.withInstitutionName(institutions.nameOf(chosen.institutionId()));
        Instant expires = clock.instant().plus(TOKEN_LIFETIME);
        String token = key.mint(TokenClaims.of(person.subject(), person.name(), person.institutionId(),
                List.copyOf(person.roles())), TOKEN_LIFETIME);
        // A new session id at sign-in: a session fixed before it cannot ride on the person's rights.
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new DevAuthentication(person, token, expires));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + Landing.of(person);
    }
}
