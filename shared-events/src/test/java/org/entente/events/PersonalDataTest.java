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
    void theCatalogue_isWhoActed_eachSignatorysNameAndCapacity_andARectifiedName() {
        assertThat(PersonalData.catalogue()).containsExactly(
                new Field(PersonalData.ENVELOPE, "actor.id", Personal.Kind.PERSON_ID),
                new Field(PersonalData.ENVELOPE, "actor.name", Personal.Kind.NAME),
                new Field("AgreementSigned", "signatoryName", Personal.Kind.NAME),
                new Field("AgreementSigned", "signatoryCapacity", Personal.Kind.CAPACITY),
                new Field("PersonalDataRectified", "name", Personal.Kind.NAME),
                new Field("PersonalDataRectified", "capacity", Personal.Kind.CAPACITY));
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

    @Test
    void aRewrite_replacesEachPersonalValueWhereverItIs_andKeepsEverythingElse() {
        record Contact(@Personal(Personal.Kind.EMAIL) String address, String institution) {
        }
        record Committee(List<Contact> members, @Personal(Personal.Kind.PHONE) String secretariat) {
        }
        record Sample(Committee committee, Contact chair, String title) {
        }
        Sample sample = new Sample(new Committee(List.of(new Contact("a@caf.fr", "caf-57"), new Contact(null, "ccas")),
                "03 87 00 00 00"), new Contact("c@ccas.fr", "ccas"), "CEJ");

        Sample rewritten = PersonalData.rewrite("Sample", sample, (field, value) -> field.path() + "=" + value.length());

        assertThat(rewritten).isEqualTo(new Sample(new Committee(List.of(
                new Contact("committee.members[].address=8", "caf-57"), new Contact(null, "ccas")),
                "committee.secretariat=14"), new Contact("chair.address=9", "ccas"), "CEJ"));
    }

    @Test
    void aRewriteOfAnEvent_passesEachFieldWithItsKind() {
        var signed = new PartnershipEvent.AgreementSigned(java.util.UUID.randomUUID(), 2, "ab12", "caf-57",
                "Claire Martin", "Présidente", java.time.Instant.EPOCH);
        List<Field> seen = new java.util.ArrayList<>();

        var rewritten = PersonalData.rewrite("AgreementSigned", signed, (field, value) -> {
            seen.add(field);
            return value.toUpperCase();
        });

        assertThat(seen).isEqualTo(PersonalData.catalogue().subList(2, 4));
        assertThat(rewritten.signatoryName()).isEqualTo("CLAIRE MARTIN");
        assertThat(rewritten.signatoryCapacity()).isEqualTo("PRÉSIDENTE");
        assertThat(rewritten.institutionId()).isEqualTo("caf-57");
    }
}
