package org.entente.events;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventUpcastersTest {

    @Test
    void anEventOfTodaysRevision_isReadAsItsClass_withoutAStep() {
        EventUpcasters.Reading reading = EventUpcasters.contract().reading("org.entente.partnership.TermsApproved.v1");

        assertThat(reading.eventClass()).isEqualTo(PartnershipEvent.TermsApproved.class);
        assertThat(reading.upcasts()).isFalse();
        assertThat(reading.upcast(Map.of("approvedBy", "caf-57"))).isEqualTo(Map.of("approvedBy", "caf-57"));
    }

    @Test
    void eachStep_rewritesItsRevision_inTurn() {
        EventUpcasters chain = new EventUpcasters(List.of(TestSteps.renaming("Sample", 2, "middle", "new"),
                TestSteps.renaming("Sample", 1, "old", "middle")));
        EventUpcasters.Reading reading = new EventUpcasters.Reading(PartnershipEvent.TermsApproved.class,
                chain.chain(new PublishedType("Sample", 1), 3));

        assertThat(reading.upcasts()).isTrue();
        assertThat(reading.upcast(new HashMap<>(Map.of("old", "valeur", "kept", 1))))
                .isEqualTo(Map.of("new", "valeur", "kept", 1));
    }

    @Test
    void aRevisionWithoutItsStep_isRefused_namingIt() {
        EventUpcasters chain = new EventUpcasters(List.of(TestSteps.renaming("Sample", 1, "old", "middle")));

        assertThatThrownBy(() -> chain.chain(new PublishedType("Sample", 1), 3))
                .isInstanceOf(EventUpcasters.UnreadableEvent.class)
                .hasMessage("No upcaster reads Sample.v2: this version of the contract cannot read that revision");
    }

    @Test
    void twoStepsForOneRevision_areRefused() {
        assertThatThrownBy(() -> new EventUpcasters(List.of(TestSteps.renaming("Sample", 1, "a", "b"),
                TestSteps.renaming("Sample", 1, "c", "d")))).hasMessageContaining("Two upcasters read Sample.v1");
    }

    @Test
    void anUnknownType_aNewerRevision_andAStrangerString_areRefused_withTheReason() {
        EventUpcasters contract = EventUpcasters.contract();

        assertThatThrownBy(() -> contract.reading("org.entente.partnership.Unknown.v1"))
                .isInstanceOf(EventUpcasters.UnreadableEvent.class)
                .hasMessage("Type org.entente.partnership.Unknown.v1 is unknown to this version of the contract");
        assertThatThrownBy(() -> contract.reading("org.entente.partnership.TermsApproved.v2"))
                .hasMessage("Type org.entente.partnership.TermsApproved.v2 is newer than this version of the "
                        + "contract, which reads TermsApproved up to revision 1");
        assertThatThrownBy(() -> contract.reading("TermsApproved")).hasMessageContaining("unknown");
        assertThatThrownBy(() -> contract.reading("org.entente.partnership.TermsApproved.v01"))
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> contract.reading((String) null)).hasMessageContaining("unknown");
    }

    @Test
    void aPublishedType_parses_onlyItsOwnForm() {
        assertThat(PublishedType.parse("org.entente.partnership.AgreementSigned.v12"))
                .contains(new PublishedType("AgreementSigned", 12));
        assertThat(PublishedType.parse(null)).isEmpty();
        assertThat(PublishedType.parse("org.entente.partnership.AgreementSigned.v0")).isEmpty();
        assertThat(PublishedType.parse("com.example.AgreementSigned.v1")).isEmpty();
        assertThat(new PublishedType("AgreementSigned", 2).cloudEventType())
                .isEqualTo("org.entente.partnership.AgreementSigned.v2");
    }
}
