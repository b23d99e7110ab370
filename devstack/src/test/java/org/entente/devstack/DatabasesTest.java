package org.entente.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabasesTest {

    @Test
    void anotherDatabase_onTheSameServer_keepsTheOptions() {
        assertThat(Databases.withDatabase("jdbc:postgresql://db:5432/postgres?ssl=true", "entente_query"))
                .isEqualTo("jdbc:postgresql://db:5432/entente_query?ssl=true");
    }

    @Test
    void aUrlWithoutDatabase_getsOne() {
        assertThat(Databases.withDatabase("jdbc:postgresql://db:5432", "entente_command"))
                .isEqualTo("jdbc:postgresql://db:5432/entente_command");
    }

    @Test
    void aNonPostgresUrl_isRefused() {
        assertThatThrownBy(() -> Databases.withDatabase("jdbc:mysql://db/x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameThatIsNotPlain_isRefusedBeforeReachingDdl() {
        assertThatThrownBy(() -> Databases.ensure(new Database("jdbc:postgresql://nowhere/x", "u", "p"),
                "x; DROP DATABASE y")).isInstanceOf(IllegalArgumentException.class);
    }
}
