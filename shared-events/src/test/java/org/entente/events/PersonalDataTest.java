package org.entente.events;

import org.entente.events.PersonalData.Field;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue of personal data: what the annotations declare, and what docs/events.md lists, field by field. */
class PersonalDataTest {

    private static final Pattern ROW = Pattern.compile("^\\| (\\S+) \\| `([^`]+)` \\| ([A-Z_]+) \\|$",
            Pattern.MULTILINE);

    @Test
    void theCatalogue_isWhoActed_andEachSignatorysNameAndCapacity() {
        assertThat(PersonalData.catalogue()).containsExactly(
                new Field(PersonalData.ENVELOPE, "actor.id", Personal.Kind.PERSON_ID),
                new Field(PersonalData.ENVELOPE, "actor.name", Personal.Kind.NAME),
                new Field("AgreementSigned", "signatoryName", Personal.Kind.NAME),
                new Field("AgreementSigned", "signatoryCapacity", Personal.Kind.CAPACITY));
    }

    @Test
    void theEventCatalogue_listsExactlyTheAnnotatedFields() throws Exception {
        String catalogue = Files.readString(Path.of("../docs/events.md"));
        String section = catalogue.substring(catalogue.indexOf("## Personal data"),
                catalogue.indexOf("## ", catalogue.indexOf("## Personal data") + 3));
        Matcher rows = ROW.matcher(section);
        List<Field> listed = new java.util.ArrayList<>();
        while (rows.find()) {
            listed.add(new Field(rows.group(1), rows.group(2), Personal.Kind.valueOf(rows.group(3))));
        }
        assertThat(listed).isEqualTo(PersonalData.catalogue());
    }

    @Test
    void aPersonalFieldInANestedRecordOrAList_isFoundWithItsPath() {
        record Contact(@Personal(Personal.Kind.EMAIL) String address, String institution) {
        }
        record Committee(List<Contact> members, @Personal(Personal.Kind.PHONE) String secretariat) {
        }
        record Sample(Committee committee, Contact chair) {
        }
        assertThat(PersonalData.fieldsOf("Sample", Sample.class)).containsExactly(
                new Field("Sample", "committee.members[].address", Personal.Kind.EMAIL),
                new Field("Sample", "committee.secretariat", Personal.Kind.PHONE),
                new Field("Sample", "chair.address", Personal.Kind.EMAIL));
    }
}
