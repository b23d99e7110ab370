package org.entente.web.i18n;

import org.entente.events.DissolutionReason;
import org.entente.events.Terms;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The fixed choices of the terms and step forms, each shown through its translated label. */
@ControllerAdvice
class Choices {

    @ModelAttribute("contributionKinds")
    Terms.Contribution.Kind[] contributionKinds() {
        return Terms.Contribution.Kind.values();
    }

    @ModelAttribute("renewals")
    Terms.Duration.Renewal[] renewals() {
        return Terms.Duration.Renewal.values();
    }

    @ModelAttribute("dissolutionReasons")
    DissolutionReason[] dissolutionReasons() {
        return DissolutionReason.values();
    }
}
