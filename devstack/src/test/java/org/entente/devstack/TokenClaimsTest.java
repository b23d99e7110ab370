package org.entente.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A development person's subject reads as their name does, accents and all taken off, never mangled. */
class TokenClaimsTest {

    @Test
    void aSubject_isTheNameWithoutItsAccents_wordsJoinedByHyphens() {
        assertThat(TokenClaims.subjectOf("Léa Schmitt")).isEqualTo("lea-schmitt");
        assertThat(TokenClaims.subjectOf("Rémi Rapport")).isEqualTo("remi-rapport");
        assertThat(TokenClaims.subjectOf("  Anne-Marie  O'Neil ")).isEqualTo("anne-marie-o-neil");
        assertThat(TokenClaims.subjectOf("Zoë Çelik 2")).isEqualTo("zoe-celik-2");
    }
}
