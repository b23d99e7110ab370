package org.entente.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30, requirement 3: no logging configuration of the build writes a file. Spring Boot's {@code base.xml}
 * adds a file appender writing {@code spring.log} into the temporary directory, which left a file in {@code /tmp}
 * after every build; the tests log to their console, which Surefire and Failsafe keep under {@code target/}.
 */
class TestLoggingTest {

    @Test
    void noLogbackConfiguration_writesAFile() throws IOException {
        List<Path> configurations = configurations();

        assertThat(configurations).as("the modules' logback configurations").hasSizeGreaterThanOrEqualTo(5);
        for (Path configuration : configurations) {
            assertThat(Files.readString(configuration)).as(configuration.toString())
                    .doesNotContain("logback/base.xml", "logback/file-appender.xml", "FileAppender");
        }
    }

    private static List<Path> configurations() throws IOException {
        try (Stream<Path> files = Files.walk(DocumentChecks.ROOT, 6)) {
            return files.filter(file -> file.getFileName().toString().matches("logback(-test)?\\.xml"))
                    .filter(file -> file.toString().contains("/src/")).sorted().toList();
        }
    }
}
