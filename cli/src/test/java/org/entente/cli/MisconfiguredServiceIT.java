package org.entente.cli;

import org.entente.leash.Leash;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, requirement 1: a service jar started as a deployment that forgot {@code ENTENTE_DB_URL} would start it
 * exits with the reason and what to set, instead of acknowledging commands it could not keep (it used to start a
 * throw-away embedded PostgreSQL, with only a warning).
 */
class MisconfiguredServiceIT {

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"command-service", "query-service"})
    void aServiceWithoutADatabaseUrl_refusesToStart_sayingWhatToSet(String service) throws Exception {
        Path output = home.resolve(service + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(System.getenv().getOrDefault("ENTENTE_JAVA_OPTIONS", "").trim().split("\\s+")));
        command.removeIf(String::isBlank);
        command.addAll(List.of("-Duser.home=" + home, "-jar", Path.of("..", service, "target", service + ".jar")
                .toAbsolutePath().normalize().toString(), "--server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("ENTENTE_DB_URL");
        builder.environment().put(Leash.VARIABLE, Leash.toThisProcess());
        Process started = builder.start();
        try {
            assertThat(started.waitFor(90, TimeUnit.SECONDS)).as("%s ended by itself", service).isTrue();
            String log = Files.readString(output);
            assertThat(started.exitValue()).as(log).isNotZero();
            assertThat(log).contains("APPLICATION FAILED TO START",
                    "started without a database URL: ENTENTE_DB_URL is not set", "Set ENTENTE_DB_URL")
                    .doesNotContain("embedded PostgreSQL");
        } finally {
            started.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
