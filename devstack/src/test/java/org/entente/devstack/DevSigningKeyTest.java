package org.entente.devstack;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevSigningKeyTest {

    @TempDir
    Path home;

    @Test
    void theKey_isCreatedOnFirstUse_keptPrivate_andReusedAfterwards() throws Exception {
        DevSigningKey first = DevSigningKey.loadOrCreate(home);
        String token = first.mint(TokenClaims.of("claire", "Claire", "ccas-metz", List.of("partner")),
                Duration.ofMinutes(5));

        DevSigningKey again = DevSigningKey.loadOrCreate(home);

        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(publicKey()))).isTrue();
        assertThat(SignedJWT.parse(again.mint(TokenClaims.of("k", "K", "caf-57", List.of()), Duration.ofMinutes(5)))
                .verify(new RSASSAVerifier(publicKey()))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                home.resolve("dev-signing-key.jwk.json")))).isEqualTo("rw-------");
    }

    @Test
    void aToken_carriesTheClaimsTheServicesRead() throws Exception {
        String token = DevSigningKey.loadOrCreate(home).mint(
                TokenClaims.of("claire", "Claire Martin", "ccas-metz", List.of("partner", "signatory")),
                Duration.ofHours(1));

        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("claire");
        assertThat(claims.getIssuer()).isEqualTo(DevSigningKey.ISSUER);
        assertThat(claims.getAudience()).containsExactly(DevSigningKey.AUDIENCE);
        assertThat(claims.getStringClaim("name")).isEqualTo("Claire Martin");
        assertThat(claims.getStringClaim("institution_id")).isEqualTo("ccas-metz");
        assertThat(claims.getStringListClaim("roles")).containsExactly("partner", "signatory");
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
    }

    @Test
    void aCorruptKeyFile_isReportedWithAWayOut() throws Exception {
        Files.writeString(home.resolve("dev-signing-key.jwk.json"), "garbage");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DevSigningKey.loadOrCreate(home))
                .hasMessageContaining("delete it to get a new one");
    }

    private RSAPublicKey publicKey() throws Exception {
        String pem = Files.readString(DevSigningKey.publicKeyFile(home))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
