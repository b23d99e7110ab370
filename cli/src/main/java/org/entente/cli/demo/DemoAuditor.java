package org.entente.cli.demo;

import org.entente.devstack.DevSigningKey;
import org.entente.devstack.TokenClaims;

import java.time.Duration;
import java.util.List;

/**
 * Who the demo reads the query side as: an auditor of no institution of the seeds, who may read every partnership
 * and acts on none.
 */
final class DemoAuditor {

    private DemoAuditor() {
    }

    /** A token for a few minutes of reading, minted with the installation's development key. */
    static String token(DevSigningKey key) {
        return key.mint(TokenClaims.of("entente-demo", "Entente demo", "entente", List.of("auditor")),
                Duration.ofMinutes(5));
    }
}
