package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

    @TempDir
    Path home;

    @Test
    void theWebApplication_getsItsOwnSettingsOnTopOfTheStacks_andTheServicesNoneOfThem() {
        StackSettings settings = new StackSettings(home, home, 0, 8081, 8082, 8080, null, null, "events", 1,
                home.resolve("logs"), true);
        Map<String, String> web = new ServiceEnvironment(settings, null,
                Map.of("ENTENTE_OIDC_ISSUER", "http://127.0.0.1:9000", "WEB_PORT", "9090")).web();

        assertThat(web).containsEntry("ENTENTE_OIDC_ISSUER", "http://127.0.0.1:9000")
                .containsEntry("QUERY_SERVICE_URL", "http://localhost:8082")
                .as("what the caller gives wins over the stack's own").containsEntry("WEB_PORT", "9090");
    }
}
