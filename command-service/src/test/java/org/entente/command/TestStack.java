package org.entente.command;

import org.entente.devstack.Database;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.TestInfrastructure;
import org.entente.devstack.TokenClaims;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Wires a command-service test context to the JVM's shared PostgreSQL and Kafka, with a database and a topic of
 * its own, and mints tokens with a key only this JVM knows.
 */
public final class TestStack {

    private static final DevSigningKey KEY = DevSigningKey.ephemeral();
    private static final Path PUBLIC_KEY = writePublicKey();

    private final String topic;

    private TestStack(String topic) {
        this.topic = topic;
    }

    public static TestStack register(DynamicPropertyRegistry registry) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Database database = infrastructure.freshDatabase("command_it");
        String topic = infrastructure.freshTopic("partnership-events-it", 3);
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("axon.kafka.bootstrap-servers", infrastructure::bootstrapServers);
        registry.add("axon.kafka.default-topic", () -> topic);
        registry.add("entente.security.public-key", () -> "file:" + PUBLIC_KEY);
        return new TestStack(topic);
    }

    public String topic() {
        return topic;
    }

    public static String bootstrapServers() {
        return TestInfrastructure.shared().bootstrapServers();
    }

    public static String token(String institutionId, String... roles) {
        return KEY.mint(TokenClaims.of("user-" + institutionId, "Member of " + institutionId, institutionId,
                List.of(roles)), Duration.ofMinutes(30));
    }

    /** A token that is well-formed and signed, but by a key the service does not trust. */
    public static String tokenSignedByAStranger(String institutionId) {
        return DevSigningKey.ephemeral().mint(TokenClaims.of("intruder", "Intruder", institutionId,
                List.of("partner")), Duration.ofMinutes(30));
    }

    public static String expiredToken(String institutionId) {
        return KEY.mint(TokenClaims.of("late", "Late", institutionId, List.of("partner")), Duration.ofSeconds(-120));
    }

    public static String tokenForAnotherAudience(String institutionId) {
        return KEY.mint(new TokenClaims(DevSigningKey.ISSUER, "some-other-system", "user", "User", institutionId,
                List.of("partner")), Duration.ofMinutes(30));
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("entente-it-key", ".pub.pem");
            file.toFile().deleteOnExit();
            return KEY.writePublicKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
