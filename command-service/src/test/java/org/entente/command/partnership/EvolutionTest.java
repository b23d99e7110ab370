package org.entente.command.partnership;

import org.entente.events.PartnershipEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Java 17 has no exhaustive switch over a sealed type: this test stands in for the compiler. */
class EvolutionTest {

    @Test
    void everyEventOfTheContract_isFoldedByTheEvolution() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/org/entente/command/partnership/Evolution.java"));
        Set<String> permitted = Arrays.stream(PartnershipEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName).collect(Collectors.toSet());

        assertThat(permitted).hasSize(16).allSatisfy(name -> assertThat(source).contains("instanceof " + name));
    }

    @Test
    void theScenario_foldsToTheStatusOfEachStage() {
        assertThat(PartnershipState.of(Scenario.proposed()).status()).isEqualTo(Status.PROPOSED);
        assertThat(PartnershipState.of(Scenario.agreed()).status()).isEqualTo(Status.AGREED);
        assertThat(PartnershipState.of(Scenario.active()).status()).isEqualTo(Status.ACTIVE);
        assertThat(PartnershipState.of(Scenario.dissolved()).status()).isEqualTo(Status.DISSOLVED);
        assertThat(PartnershipState.of(Scenario.active()).activePartners()).hasSize(3);
        assertThat(PartnershipState.of(List.of()).status()).isEqualTo(Status.NONE);
    }
}
