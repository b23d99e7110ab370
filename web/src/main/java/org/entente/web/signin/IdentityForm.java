package org.entente.web.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.devstack.TokenClaims;

import java.util.List;
import java.util.Set;

/** Any other identity for the development sign-in, checked as the services would check its claims. */
record IdentityForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String institutionId,
        @NotEmpty List<@Pattern(regexp = "partner|signatory|auditor|reporter|admin") String> roles) {

    static IdentityForm empty() {
        return new IdentityForm("", "", List.of("partner"));
    }

    Person toPerson() {
        return new Person(TokenClaims.subjectOf(name), name.trim(), institutionId.trim(), Set.copyOf(roles));
    }
}
