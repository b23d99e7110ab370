package org.entente.web.signin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Providers give roles as a list, or as one string: both read the same. */
class SignedInTest {

    @Test
    void roles_areReadFromAListOrFromASeparatedString() {
        assertThat(SignedIn.roles(List.of("partner", "signatory"))).containsExactly("partner", "signatory");
        assertThat(SignedIn.roles("partner signatory")).containsExactly("partner", "signatory");
        assertThat(SignedIn.roles("partner, auditor")).containsExactly("partner", "auditor");
        assertThat(SignedIn.roles(null)).isEmpty();
    }

    @Test
    void eachPerson_startsWhereTheirRoleWorks() {
        assertThat(Landing.of(new Person("a", "A", "x", java.util.Set.of("auditor", "partner")))).isEqualTo("/audit");
        assertThat(Landing.of(new Person("a", "A", "x", java.util.Set.of("signatory")))).isEqualTo("/partnerships");
        assertThat(Landing.of(new Person("a", "A", "x", java.util.Set.of("reporter")))).isEqualTo("/dashboard");
        assertThat(Landing.of(new Person("a", "A", "x", java.util.Set.of("admin")))).isEqualTo("/people");
        assertThat(Landing.of(new Person("a", "A", "x", java.util.Set.of("admin", "reporter")))).isEqualTo("/dashboard");
    }
}
