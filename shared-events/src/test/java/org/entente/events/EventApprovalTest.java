package org.entente.events;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serialized JSON of every event is approved: a change of shape shows up here as a diff to review, and
 * needs a new revision and an upcaster before it is published. Approve a deliberate change with
 * {@code ./mvnw -pl shared-events test -Dentente.contract.write=true}.
 */
class EventApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/approved");

    @Test
    void thereIsASample_ofEveryEventType() {
        assertThat(SampleEvents.all().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(EventCatalog.types());
    }

    @Test
    void everyEvent_serializesAsApproved_andReadsBackEqual() throws Exception {
        for (PartnershipEvent sample : SampleEvents.all()) {
            EventType type = PartnershipEvent.typeOf(sample.getClass());
            Path file = APPROVED.resolve(type.name() + ".v" + type.revision() + ".json");
            String json = ContractJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n";
            if (Boolean.getBoolean("entente.contract.write")) {
                Files.createDirectories(APPROVED);
                Files.writeString(file, json);
            }

            assertThat(file).as("approved JSON of " + type.name()).exists();
            assertThat(json).isEqualTo(Files.readString(file));
            assertThat(ContractJson.MAPPER.readValue(Files.readString(file), sample.getClass())).isEqualTo(sample);
        }
    }

    @Test
    void cloudEventTypes_nameTheEventAndItsRevision_andResolveBack() {
        assertThat(EventCatalog.cloudEventType(PartnershipEvent.AgreementSigned.class))
                .isEqualTo("org.entente.partnership.AgreementSigned.v1");
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            assertThat(EventCatalog.forCloudEventType(EventCatalog.cloudEventType(type))).contains(type);
        }
        assertThat(EventCatalog.forCloudEventType("org.entente.partnership.Unknown.v1")).isEmpty();
    }
}
