package org.entente.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.entente.devstack.Database;
import org.entente.devstack.MovableClock;
import org.entente.devstack.TestInfrastructure;
import org.entente.events.Institution;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notifier as it runs: a real broker's topic, its own PostgreSQL database, and a real SMTP server (GreenMail)
 * whose received messages are read. Each institution's contacts get the mails the events call for, in their
 * language, once, however often a record is read; while the mail server is down the mails wait, the health says
 * so, and they go out once it is back.
 */
// MovedTime named: with classes given, Spring Boot looks for no nested configuration, and the service kept the real
// clock (a mail's retry then waited its 30 real seconds).
@SpringBootTest(classes = {NotifierApplication.class, NotifierIT.MovedTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotifierIT {

    private static final TestInfrastructure INFRASTRUCTURE = TestInfrastructure.shared();
    private static final String TOPIC = INFRASTRUCTURE.freshTopic("notifier-it", 3);
    private static final Database DATABASE = INFRASTRUCTURE.freshDatabase("notifier_it");
    private static final int SMTP_PORT = freePort();
    private static final MovableClock CLOCK = new MovableClock(Instant.now(), NotifierApplication.PARIS);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static GreenMail smtp = startSmtp();

    @LocalServerPort
    int port;

    @Autowired
    NotifierSettings settings;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) throws Exception {
        Path contacts = Files.createTempFile("contacts-", ".csv");
        contacts.toFile().deleteOnExit();
        Files.writeString(contacts, """
                # Entente's test institutions
                ccas-metz,ccas@metz.example
                caf-57,direction@caf57.example,en
                """);
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("entente.notifier.bootstrap-servers", INFRASTRUCTURE::bootstrapServers);
        registry.add("entente.notifier.topic", () -> TOPIC);
        registry.add("entente.notifier.contacts", contacts::toString);
        registry.add("entente.notifier.web-url", () -> "https://entente.example");
        registry.add("entente.notifier.delivery-interval", () -> "PT0.2S");
    }

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    @Order(1)
    void eachPartner_isToldWhatAwaitsIt_inItsLanguage_once_evenWhenARecordIsReadTwice() throws Exception {
        UUID id = UUID.randomUUID();
        Instant now = CLOCK.instant();
        try (Topic topic = new Topic(INFRASTRUCTURE.bootstrapServers(), TOPIC)) {
            topic.publish(0, now, proposal(id));
            String invitation = topic.publish(1, now, new PartnerInvited(id, new Institution("caf-57",
                    "CAF de la Moselle", Institution.Kind.SOCIAL_SECURITY_FUND), PartnerRole.FUNDER, now));
            topic.publish(2, now, new InvitationAccepted(id, "caf-57", now));
            topic.publish(3, now, new AgreementReached(id, 1, "sha256:v1", now));

            await().atMost(WAIT).until(() -> about(id).size() == 3);
            MimeMessage invited = only(id, "direction@caf57.example", "Invitation");
            assertThat(invited.getSubject()).isEqualTo("Invitation to the partnership “Contrat Enfance Jeunesse”");
            assertThat(text(invited)).contains("CCAS de Metz invites your institution",
                    "https://entente.example/partnerships/" + id);
            assertThat(only(id, "ccas@metz.example", "Convention").getSubject())
                    .isEqualTo("Convention à signer : « Contrat Enfance Jeunesse »");
            assertThat(only(id, "direction@caf57.example", "Agreement").getSubject())
                    .isEqualTo("Agreement to sign: “Contrat Enfance Jeunesse”");

            // The invitation's record again (a producer's retry), then the next event: still one invitation.
            topic.publish(invitation, 1, now, new PartnerInvited(id, new Institution("caf-57", "CAF de la Moselle",
                    Institution.Kind.SOCIAL_SECURITY_FUND), PartnerRole.FUNDER, now));
            LocalDate due = LocalDate.now(CLOCK).plusDays(30);
            topic.publish(4, now, new EvaluationFallenDue(id, due.minusYears(1), due, due, now));
            await().atMost(WAIT).until(() -> about(id).size() == 5);
            assertThat(about(id)).filteredOn(message -> subject(message).startsWith("Invitation")).hasSize(1);
        }
    }

    @Test
    @Order(2)
    void whileTheMailServerIsDown_theMailWaits_theHealthSaysSo_andItGoesOutOnceTheServerIsBack() throws Exception {
        smtp.stop();
        UUID id = UUID.randomUUID();
        Instant now = CLOCK.instant();
        try (Topic topic = new Topic(INFRASTRUCTURE.bootstrapServers(), TOPIC)) {
            topic.publish(0, now, proposal(id));
            topic.publish(1, now, new EvaluationOverdue(id, LocalDate.now(CLOCK).minusDays(1), 30, now));
        }
        await().atMost(WAIT).until(() -> "DEGRADED".equals(mailHealth().path("status").asText()));
        JsonNode waiting = mailHealth().path("details");
        assertThat(waiting.path("waiting").asLong()).isEqualTo(1);
        assertThat(waiting.path("failing").asLong()).isEqualTo(1);
        assertThat(waiting.path("lastError").asText()).isNotBlank();

        smtp = startSmtp();
        // Nothing goes out before its next attempt, 30 s after the failure: the test moves time instead of waiting.
        Instant movedTo = CLOCK.instant().plusSeconds(31);
        CLOCK.moveTo(movedTo);
        await().atMost(WAIT).until(() -> about(id).size() == 1);
        MimeMessage sent = about(id).get(0);
        assertThat(subject(sent)).isEqualTo("Évaluation en retard : « Contrat Enfance Jeunesse »");
        // Sent by the service's clock, the test's: not by the real one, 30 real seconds after the failure.
        assertThat(sent.getSentDate().toInstant()).isAfterOrEqualTo(movedTo.truncatedTo(ChronoUnit.SECONDS));
        await().atMost(WAIT).until(() -> "UP".equals(mailHealth().path("status").asText()));
        assertThat(mailHealth().path("details").path("waiting").asLong()).isZero();
    }

    @Test
    @Order(3)
    void anEventRecordedOrTakingEffectLongerAgoThanTheHorizon_remindsNobody_butItsPartnersAreKnown()
            throws Exception {
        UUID id = UUID.randomUUID();
        Instant now = CLOCK.instant();
        Instant longAgo = now.minus(settings.horizon()).minusSeconds(60);
        LocalDate twoYearsAgo = LocalDate.now(CLOCK).minusYears(2);
        try (Topic topic = new Topic(INFRASTRUCTURE.bootstrapServers(), TOPIC)) {
            topic.publish(0, longAgo, proposal(id));
            topic.publish(1, longAgo, new EvaluationOverdue(id, twoYearsAgo, 30, longAgo));
            // An imported convention's past year, recorded just now by Entente's catch-up.
            topic.publish(2, now, twoYearsAgo.plusDays(30), new EvaluationOverdue(id, twoYearsAgo, 30, now));
            topic.publish(3, now, new AgreementReached(id, 1, "sha256:v1", now));
        }
        await().atMost(WAIT).until(() -> about(id).size() == 1);
        assertThat(subject(about(id).get(0))).startsWith("Convention à signer");
    }

    private static PartnershipProposed proposal(UUID id) {
        return new PartnershipProposed(id, "CEJ-57", "Contrat Enfance Jeunesse", "Accueil des enfants", null, null,
                null, new Institution("ccas-metz", "CCAS de Metz", Institution.Kind.LOCAL_AUTHORITY), null,
                "sha256:v1", Instant.now());
    }

    /** The messages received about this partnership: their bodies link to its page. */
    private static List<MimeMessage> about(UUID id) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> text(message).contains(id.toString()))
                .toList();
    }

    private static MimeMessage only(UUID id, String address, String subjectStart) throws Exception {
        List<MimeMessage> matching = about(id).stream().filter(message -> subject(message).startsWith(subjectStart)
                && recipient(message).equals(address)).toList();
        assertThat(matching).as("%s to %s", subjectStart, address).hasSize(1);
        return matching.get(0);
    }

    private JsonNode mailHealth() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health/mail")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(health.body());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
