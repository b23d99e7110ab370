package org.entente.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The signing key of a developer machine. Generated on first use and kept in the user's data directory (never in
 * the repository); the services trust its public half, and {@code entente token} signs with its private half.
 */
public final class DevSigningKey {

    public static final String ISSUER = "urn:entente:dev";
    public static final String AUDIENCE = "entente";
    private static final String PRIVATE_FILE = "dev-signing-key.jwk.json";
    private static final String PUBLIC_FILE = "dev-signing-key.pub.pem";
    /** The files the key is kept in under its directory: what a backup must carry, since nothing rebuilds them. */
    public static final List<String> FILES = List.of(PRIVATE_FILE, PUBLIC_FILE);

    private static final FileAttribute<?>[] OWNER_ONLY = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    private final RSAKey key;

    private DevSigningKey(RSAKey key) {
        this.key = key;
    }

    /** A key that lives only as long as this JVM, for tests. */
    public static DevSigningKey ephemeral() {
        return new DevSigningKey(generate());
    }

    /** The key kept under {@code directory}, created there on first use. */
    public static synchronized DevSigningKey loadOrCreate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        try {
            if (Files.exists(privateFile)) {
                DevSigningKey existing = new DevSigningKey(RSAKey.parse(Files.readString(privateFile)));
                existing.writePublicKey(directory.resolve(PUBLIC_FILE));
                return existing;
            }
            Files.createDirectories(directory);
            DevSigningKey created = new DevSigningKey(generate());
            // Private from its first byte, and in place at once: a crash or a concurrent first run never
            // leaves a readable or half-written key; the first writer wins and the other reads its key.
            Path draft = Files.createTempFile(directory, PRIVATE_FILE, ".tmp", OWNER_ONLY);
            Files.writeString(draft, created.key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.createLink(privateFile, draft);
            } catch (FileAlreadyExistsException anotherRunWasFirst) {
                // Its key is the one to keep.
            } finally {
                Files.deleteIfExists(draft);
            }
            DevSigningKey kept = new DevSigningKey(RSAKey.parse(Files.readString(privateFile)));
            kept.writePublicKey(directory.resolve(PUBLIC_FILE));
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the development signing key in " + directory, e);
        } catch (ParseException e) {
            throw new IllegalStateException(privateFile + " is not a JSON Web Key; delete it to get a new one", e);
        }
    }

    public static Path publicKeyFile(Path directory) {
        return directory.resolve(PUBLIC_FILE);
    }

    /** Writes the public key as PEM, the form Spring's resource server reads from a file. */
    public Path writePublicKey(Path file) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toRSAPublicKey().getEncoded());
            String pem = "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
            if (Files.exists(file) && Files.readString(file).equals(pem)) {
                return file;
            }
            // Written aside then moved: a service starting now never reads half a key.
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path draft = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(draft, pem);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed bearer token for the given person, valid for {@code lifetime}. */
    public String mint(TokenClaims claims, Duration lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(claims.issuer())
                .audience(claims.audience())
                .subject(claims.subject())
                .claim("name", claims.name())
                .claim("institution_id", claims.institutionId())
                .claim("roles", claims.roles())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        try {
            SignedJWT jwt = new SignedJWT(header, set);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a development token", e);
        }
    }

    /** Any claims signed with this key as it signs tokens: for the tests that forge tokens it must refuse. */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

}
