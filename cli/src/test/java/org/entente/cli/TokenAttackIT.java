package org.entente.cli;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.entente.devstack.DevSigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 6, forged tokens, really signed: {@code alg=none}, HS256 keyed with the public key, a
 * foreign key, a wrong issuer or audience, expired, not valid yet, and each required claim missing. Both services
 * accept none of them, on a read and on a write, and nothing is stored.
 */
@ResourceLock(SharedStack.LOCK)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAttackIT {

    private Attack attack;
    private DevSigningKey key;

    @BeforeAll
    void parties() throws Exception {
        attack = Attack.get();
        key = attack.stack.signingKey();
    }

    @Test
    void noForgedToken_isAccepted_byEitherService() throws Exception {
        AttackTally tally = new AttackTally("forged tokens × 2 services × read and write");
        long before = attack.storedEvents();
        for (Map.Entry<String, String> forged : forgedTokens().entrySet()) {
            for (URI uri : List.of(attack.stack.queryService().resolve("/partnerships"),
                    attack.stack.queryService().resolve("/partnerships/" + attack.partnershipOfA))) {
                HttpResponse<String> response = Attack.send("GET", uri, forged.getValue(), null);
                tally.attempt(response.statusCode() == 401 ? null : forged.getKey() + " GET " + uri + " answered "
                        + response.statusCode());
            }
            HttpResponse<String> write = Attack.send("POST", attack.stack.commandService().resolve("/partnerships"),
                    forged.getValue(), Attack.proposalBody("ccas-metz", "caf-57"));
            tally.attempt(write.statusCode() == 401 ? null : forged.getKey() + " POST /partnerships answered "
                    + write.statusCode());
        }
        assertThat(tally.report()).isEmpty();
        assertThat(attack.storedEvents()).as("events stored with forged tokens").isEqualTo(before);
    }

    /** The control: the same claims, signed as they should be, are accepted. */
    @Test
    void theGenuineToken_theForgeriesAreMadeFrom_isAccepted() throws Exception {
        HttpResponse<String> response = Attack.send("GET", attack.stack.queryService().resolve("/partnerships"),
                key.sign(claims(UnaryOperator.identity())), null);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Map<String, String> forgedTokens() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        JWTClaimsSet genuine = claims(UnaryOperator.identity());
        tokens.put("alg=none", new PlainJWT(genuine).serialize());
        tokens.put("HS256 keyed with the public key", hs256(Files.readAllBytes(
                DevSigningKey.publicKeyFile(attack.stack.settings().dataDirectory())), genuine));
        tokens.put("a foreign key", foreignKey(genuine));
        tokens.put("a foreign key under our key id", foreignKeyWithOurKid(genuine));
        tokens.put("a wrong issuer", key.sign(claims(c -> c.issuer("urn:someone:else"))));
        tokens.put("a wrong audience", key.sign(claims(c -> c.audience("another-app"))));
        tokens.put("expired", key.sign(claims(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(300))))));
        tokens.put("not valid yet", key.sign(claims(c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(3600))))));
        tokens.put("no subject", key.sign(claims(c -> c.subject(null))));
        tokens.put("no institution_id", key.sign(claims(c -> c.claim("institution_id", null))));
        tokens.put("no roles", key.sign(claims(c -> c.claim("roles", null))));
        tokens.put("no expiry", key.sign(claims(c -> c.expirationTime(null))));
        tokens.put("garbage", "not.a.token");
        tokens.put("the signature of another token", swapSignature(key.sign(genuine),
                key.sign(claims(c -> c.claim("roles", List.of("admin"))))));
        return tokens;
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder().issuer(DevSigningKey.ISSUER).audience(DevSigningKey.AUDIENCE)
                .subject("claire-martin").claim("name", "Claire Martin").claim("institution_id", "ccas-metz")
                .claim("roles", List.of("partner", "signatory")).issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString())).build();
    }

    private static String hs256(byte[] secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static String foreignKey(JWTClaimsSet claims) throws Exception {
        RSAKey foreign = new RSAKeyGenerator(2048).keyID("foreign").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("foreign").build(), claims);
        jwt.sign(new RSASSASigner(foreign));
        return jwt.serialize();
    }

    private String foreignKeyWithOurKid(JWTClaimsSet claims) throws Exception {
        String kid = SignedJWT.parse(key.sign(claims)).getHeader().getKeyID();
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(foreign));
        return jwt.serialize();
    }

    /** The header and claims of one token with the signature of another. */
    private static String swapSignature(String token, String other) {
        String[] parts = other.split("\\.");
        String[] mine = token.split("\\.");
        return parts[0] + "." + parts[1] + "." + mine[2];
    }
}
