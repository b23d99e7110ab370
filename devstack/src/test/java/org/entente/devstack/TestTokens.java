package org.entente.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Tokens for integration tests, signed by a key that lives only as long as the test JVM. The services under test
 * trust {@link #publicKeyLocation()}.
 */
public final class TestTokens {

    private static final DevSigningKey KEY = DevSigningKey.ephemeral();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    /** A Spring resource location of the public key the services must trust. */
    public static String publicKeyLocation() {
        return "file:" + PUBLIC_KEY;
    }

    public static String token(String institutionId, String... roles) {
        return KEY.mint(TokenClaims.of("user-" + institutionId, "Member of " + institutionId, institutionId,
                List.of(roles)), Duration.ofMinutes(30));
    }

    /** A person of their own, named as an identity provider names them: whose values the vault keeps. */
    public static String person(String subject, String name, String institutionId, String... roles) {
        return KEY.mint(TokenClaims.of(subject, name, institutionId, List.of(roles)), Duration.ofMinutes(30));
    }

    /** Well-formed and signed, but by a key the services do not trust. */
    public static String signedByAStranger(String institutionId) {
        return DevSigningKey.ephemeral().mint(TokenClaims.of("intruder", "Intruder", institutionId,
                List.of("partner", "auditor")), Duration.ofMinutes(30));
    }

    /** Signed by the trusted key but without one of the claims every token needs: sub, institution_id or roles. */
    public static String without(String claim) {
        return KEY.mint(new TokenClaims(DevSigningKey.ISSUER, DevSigningKey.AUDIENCE,
                claim.equals("sub") ? null : "user-ccas-metz", "Member of ccas-metz",
                claim.equals("institution_id") ? null : "ccas-metz",
                claim.equals("roles") ? null : List.of("partner", "signatory")), Duration.ofMinutes(30));
    }

    public static String expired(String institutionId) {
        return KEY.mint(TokenClaims.of("late", "Late", institutionId, List.of("partner")), Duration.ofSeconds(-120));
    }

    public static String forAnotherAudience(String institutionId) {
        return KEY.mint(new TokenClaims(DevSigningKey.ISSUER, "some-other-system", "user", "User", institutionId,
                List.of("partner")), Duration.ofMinutes(30));
    }

    public static String fromAnotherIssuer(String institutionId) {
        return KEY.mint(new TokenClaims("urn:someone-else", DevSigningKey.AUDIENCE, "user", "User", institutionId,
                List.of("partner")), Duration.ofMinutes(30));
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("entente-test-key", ".pub.pem");
            file.toFile().deleteOnExit();
            return KEY.writePublicKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
