package org.entente.web.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.TokenClaims;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The people offered by the development sign-in: everyone who acts in the seed scenarios, the auditor the
 * README's "Try it" names, a reporter and an administrator, so that a newcomer can walk the demo data as each of them.
 */
@Component
@WhenDevelopment
class DevPeople {

    static final Person AUDITOR = new Person("anne-audit", "Anne Audit", "cour-des-comptes", Set.of("auditor"));
    static final Person REPORTER = new Person("remi-rapport", "Rémi Rapport", "observatoire-57", Set.of("reporter"));
    /** Erases and corrects people's personal data ("Données personnelles"). */
    static final Person ADMIN = new Person("alix-admin", "Alix Admin", "service-numerique", Set.of("admin"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Person> people;

    DevPeople(@Value("${entente.dev.seeds:seeds}") String seeds) {
        this.people = load(Path.of(seeds));
    }

    List<Person> all() {
        return people;
    }

    private static List<Person> load(Path seeds) {
        Map<String, Person> bySubject = new LinkedHashMap<>();
        for (Path scenario : scenarios(seeds)) {
            try {
                JsonNode people = JSON.readTree(scenario.toFile()).path("people");
                people.forEach(person -> {
                    Person found = of(person);
                    bySubject.putIfAbsent(found.subject() + "@" + found.institutionId(), found);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable seed scenario " + scenario, e);
            }
        }
        List<Person> all = new ArrayList<>(bySubject.values());
        all.add(AUDITOR);
        all.add(REPORTER);
        all.add(ADMIN);
        return List.copyOf(all);
    }

    private static List<Path> scenarios(Path seeds) {
        if (!Files.isDirectory(seeds)) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(seeds)) {
            return directories.map(directory -> directory.resolve("scenario.json")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subject is the one the seed player gives the same person, so their steps show as theirs. */
    private static Person of(JsonNode person) {
        String name = person.get("name").asText();
        List<String> roles = new ArrayList<>();
        person.path("roles").forEach(role -> roles.add(role.asText()));
        return new Person(TokenClaims.subjectOf(name), name, person.get("institution").asText(), Set.copyOf(roles));
    }
}
