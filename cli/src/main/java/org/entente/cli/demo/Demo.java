package org.entente.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code --demo}: the seed scenarios, played through the public API into an installation that holds no
 * partnership yet; never twice into the same one, never into one with real partnerships.
 *
 * @param commandService the command side's base URI
 * @param queryService   the query side's base URI
 * @param key            the installation's development key, which mints the seed people's tokens
 */
public record Demo(URI commandService, URI queryService, DevSigningKey key) {

    private static final HttpClient HTTP = Http.client();

    public void playIntoAnEmptyInstallation(Path seeds) throws Exception {
        long partnerships = partnerships();
        if (partnerships > 0) {
            System.out.printf("This installation already holds %d partnership(s): the seed scenarios are played "
                    + "into an empty one only (./entente up --ephemeral --demo for a throw-away one).%n", partnerships);
            return;
        }
        System.out.println("Playing the seed scenarios through the public API…");
        for (SeedPlayer.Played played : new SeedPlayer(commandService, queryService, key).playAll(seeds)) {
            System.out.printf("  %-50s %s  %s%s%n", played.name(), played.partnershipId(), played.status(),
                    played.status().equals(played.expected()) ? "" : " (expected " + played.expected() + ")");
        }
        System.out.println("Read any of them with an auditor token: ./entente token --institution cour-des-comptes "
                + "--name \"Anne Audit\" --roles auditor");
    }

    /** How many partnerships the installation holds, as an auditor reads them on the query side. */
    public long partnerships() throws Exception {
        return partnerships(Http.REQUEST);
    }

    /** As {@link #partnerships()}, waiting at most {@code timeout} for the answer. */
    public long partnerships(Duration timeout) throws Exception {
        String auditor = DemoAuditor.token(key);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(queryService.resolve("/partnerships?size=1"))
                .header("Authorization", "Bearer " + auditor).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("The query service answered " + page.statusCode() + " " + page.body());
        }
        return new ObjectMapper().readTree(page.body()).get("total").asLong();
    }
}
