package org.entente.web.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The names of the seed scenarios' institutions, as their proposals give them (the lead's name for the proposer's
 * institution, each invitation's name), so that the development sign-in lists people with their institution's name.
 */
@Component
@WhenDevelopment
class SeedInstitutions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> names = new LinkedHashMap<>(Map.of(
            DevPeople.AUDITOR.institutionId(), "Cour des comptes",
            DevPeople.REPORTER.institutionId(), "Observatoire 57",
            DevPeople.ADMIN.institutionId(), "Service numérique"));

    SeedInstitutions(@Value("${entente.dev.seeds:seeds}") String seeds) {
        Path root = Path.of(seeds);
        if (Files.isDirectory(root)) {
            try (Stream<Path> scenarios = Files.list(root)) {
                scenarios.sorted().filter(dir -> Files.isRegularFile(dir.resolve("scenario.json"))).forEach(this::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Institution id to name, for every institution the seeds name. */
    Map<String, String> all() {
        return Map.copyOf(names);
    }

    /** The name of the institution with this id, or null when the seeds do not name it. */
    String nameOf(String institutionId) {
        return names.get(institutionId);
    }

    private void read(Path scenario) {
        JsonNode story = json(scenario.resolve("scenario.json"));
        for (JsonNode step : story.path("steps")) {
            if (!step.hasNonNull("bodyFile")) {
                continue;
            }
            JsonNode body = json(scenario.resolve(step.get("bodyFile").asText()));
            String proposer = story.path("people").path(step.path("as").asText()).path("institution").asText(null);
            if ("/partnerships".equals(step.path("post").asText()) && proposer != null) {
                names.putIfAbsent(proposer, body.path("lead").path("name").asText(proposer));
            }
            body.path("invitations").forEach(invited -> names.putIfAbsent(invited.path("institutionId").asText(),
                    invited.path("name").asText()));
        }
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable seed file " + file, e);
        }
    }
}
