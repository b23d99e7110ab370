package org.entente.notifier.contact;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactsTest {

    @Test
    void eachLine_givesAnInstitutionAnAddress_inFrenchUnlessItSaysEnglish() {
        Contacts contacts = Contacts.parse("contacts.csv", List.of(
                "# institution,address,language",
                "",
                "caf-57, secretariat@caf57.example",
                "caf-57,direction@caf57.example,en",
                "ccas-metz,ccas@metz.example,fr"));

        assertThat(contacts.of("caf-57")).containsExactly(
                new Contact("secretariat@caf57.example", Locale.FRENCH),
                new Contact("direction@caf57.example", Locale.ENGLISH));
        assertThat(contacts.of("ccas-metz")).containsExactly(new Contact("ccas@metz.example", Locale.FRENCH));
        assertThat(contacts.of("ligue-57")).isEmpty();
        assertThat(contacts.institutions()).isEqualTo(2);
    }

    @Test
    void aLineThatIsNotAContact_stopsTheStart_namingTheFileTheLineAndWhatIsWrong() {
        assertThatThrownBy(() -> Contacts.parse("contacts.csv", List.of("caf-57,secretariat@caf57.example",
                "ccas-metz,ccas at metz")))
                .hasMessage("Contacts file contacts.csv, line 2: \"ccas at metz\" is not an e-mail address");
        assertThatThrownBy(() -> Contacts.parse("contacts.csv", List.of("caf-57,a@caf57.example,de")))
                .hasMessage("Contacts file contacts.csv, line 1: the language is fr or en, not \"de\"");
        assertThatThrownBy(() -> Contacts.parse("contacts.csv", List.of("caf-57")))
                .hasMessageContaining("line 1: expected institution-id,address[,language]");
        assertThatThrownBy(() -> Contacts.parse("contacts.csv", List.of(",a@caf57.example")))
                .hasMessageContaining("line 1: expected");
    }
}
