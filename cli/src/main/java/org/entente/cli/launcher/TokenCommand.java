package org.entente.cli.launcher;

import org.entente.devstack.DataDirectory;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.TokenClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** Prints a bearer token signed with this machine's development key. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a development bearer token for a member of an institution.")
public final class TokenCommand implements Callable<Integer> {

    static final Set<String> ROLES = Set.of("partner", "signatory", "auditor", "reporter", "admin");

    @Option(names = "--institution", required = true, description = "Institution id, e.g. ccas-metz")
    String institution;

    @Option(names = "--name", required = true, description = "The person's display name")
    String name;

    @Option(names = "--roles", split = ",", defaultValue = "partner",
            description = "Comma-separated roles among partner, signatory, auditor, reporter, admin")
    List<String> roles;

    @Option(names = "--subject", description = "Subject (user id); derived from the name when absent")
    String subject;

    @Option(names = "--ttl", defaultValue = "PT8H", description = "Lifetime, ISO-8601 (default PT8H)")
    Duration ttl;

    @Override
    public Integer call() {
        List<String> normalised = roles.stream().map(role -> role.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = normalised.stream().filter(role -> !ROLES.contains(role)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("Unknown role(s) " + unknown + "; choose among " + ROLES);
            return 2;
        }
        DevSigningKey key = DevSigningKey.loadOrCreate(DataDirectory.resolve());
        String who = subject != null ? subject : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        System.out.println(key.mint(TokenClaims.of(who, name, institution, normalised), ttl));
        return 0;
    }
}
