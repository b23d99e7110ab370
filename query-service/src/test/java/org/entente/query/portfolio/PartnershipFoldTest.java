package org.entente.query.portfolio;

import org.entente.events.PartnershipEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Java 17 has no exhaustive switch over a sealed type: this test stands in for the compiler. */
class PartnershipFoldTest {

    @Test
    void everyEventOfTheContract_isFolded() throws Exception {
        String source = Files.readString(Path.of("src/main/java/org/entente/query/portfolio/PartnershipFold.java"));

        assertThat(Arrays.stream(PartnershipEvent.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .hasSize(16).allSatisfy(name -> assertThat(source).contains("instanceof " + name));
    }
}
