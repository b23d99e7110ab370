package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One category of the attack suite: how many attacks were tried and which succeeded. The counts are printed and
 * added to {@code target/attack-suite.txt}, the figures the closing note reports.
 */
final class AttackTally {

    private final String category;
    private final List<String> violations = new ArrayList<>();
    private int attempts;

    AttackTally(String category) {
        this.category = category;
    }

    /** One attack; {@code violation} null when it was refused as it must be. */
    void attempt(String violation) {
        attempts++;
        if (violation != null) {
            violations.add(violation);
        }
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    int attempts() {
        return attempts;
    }

    /** Prints and records the figures; answers the violations, for the test to assert there are none. */
    List<String> report() {
        String line = String.format("attack suite | %-58s | %5d attacks | %d succeeded%n", category, attempts,
                violations.size());
        System.out.print(line);
        try {
            Path file = Path.of("target", "attack-suite.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations();
    }
}
