package org.entente.web.i18n;

import org.entente.web.signin.Person;
import org.entente.web.signin.SignedIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page shows: who is signed in, and whether this is the development sign-in. */
@ControllerAdvice
class PersonAdvice {

    private final SignedIn signedIn;
    private final boolean development;

    PersonAdvice(SignedIn signedIn, @Value("${entente.oidc.issuer:}") String issuer) {
        this.signedIn = signedIn;
        this.development = issuer.isBlank();
    }

    @ModelAttribute("me")
    Person me() {
        return signedIn.personOrNull();
    }

    /** This page's own address, for the parts of it that refresh themselves when something happens. */
    @ModelAttribute("selfUrl")
    String selfUrl(jakarta.servlet.http.HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    @ModelAttribute("development")
    boolean development() {
        return development;
    }
}
