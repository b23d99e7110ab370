package org.entente.web.terms;

import org.entente.events.Terms;
import org.entente.web.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A counter-proposal starts from the terms on the table; the spare rows a person left blank are not sent. */
class TermsFormTest {

    @Test
    void theTermsOnTheTable_comeBackUnchanged_throughTheForm() {
        Terms terms = Fixtures.terms();

        TermsForm form = TermsForm.of(terms);

        assertThat(form.getObjectives()).hasSize(2);
        assertThat(form.getContributions()).hasSize(2);
        assertThat(form.toTerms()).isEqualTo(terms);
    }

    @Test
    void textAreas_giveOneItemPerNonBlankLine() {
        assertThat(Lines.of(" attendance \n\n families reached\r\n")).containsExactly("attendance", "families reached");
        assertThat(Lines.of(null)).isEmpty();
    }
}
