package org.entente.web.i18n;

import org.entente.events.DissolutionReason;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;
import org.entente.web.api.Partnership;
import org.entente.web.partnership.Step;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label, message and refusal exists in French and in English; none is left to show as a raw key. */
class MessagesTest {

    private static final Properties FRENCH = load("fr");
    private static final Properties ENGLISH = load("en");

    @Test
    void bothLanguages_haveExactlyTheSameMessages() {
        assertThat(ENGLISH.stringPropertyNames()).isEqualTo(FRENCH.stringPropertyNames());
    }

    @Test
    void everyValueThePagesShow_hasALabel() {
        List<String> keys = new ArrayList<>();
        Stream.of(PartnershipStatus.values()).forEach(v -> keys.add("status." + v));
        Stream.of(PartnershipType.values()).forEach(v -> keys.add("type." + v));
        Stream.of(LegalBasis.Kind.values()).forEach(v -> keys.add("legal." + v));
        Stream.of(Territory.Level.values()).forEach(v -> keys.add("level." + v));
        Stream.of(Institution.Kind.values()).forEach(v -> keys.add("kind." + v));
        Stream.of(PartnerRole.values()).forEach(v -> keys.add("partnerRole." + v));
        Stream.of(Partnership.Standing.values()).forEach(v -> keys.add("standing." + v));
        Stream.of(Terms.Contribution.Kind.values()).forEach(v -> keys.add("contribution." + v));
        Stream.of(Terms.Duration.Renewal.values()).forEach(v -> keys.add("renewal." + v));
        Stream.of(DissolutionReason.values()).forEach(v -> keys.add("dissolution." + v));
        Stream.of(Step.values()).forEach(v -> keys.add("step." + v));
        Stream.of("partner", "signatory", "auditor", "reporter", "admin").forEach(v -> keys.add("role." + v));

        assertThat(FRENCH.stringPropertyNames()).containsAll(keys);
    }

    /** Every event of the contract has a name in the timeline, read from the sealed hierarchy's source. */
    @Test
    void everyEventOfTheContract_hasANameInTheTimeline() {
        for (Class<?> event : org.entente.events.PartnershipEvent.class.getPermittedSubclasses()) {
            assertThat(FRENCH).containsKey("event." + event.getSimpleName());
        }
    }

    /** Every refusal code the command side can answer (CommandRefused.Reason, the web and idempotency codes). */
    @Test
    void everyRefusalCodeOfTheServices_isTranslated() throws IOException {
        List<String> codes = new ArrayList<>();
        Path commandSide = Path.of("..", "command-service", "src", "main", "java", "org", "entente", "command");
        // A refusal's code is an enum constant's first argument (CommandRefused.Reason) or a literal of a known
        // kind: not every hyphenated word in the sources is one (a cadence's "half-yearly" is not).
        Pattern code = Pattern.compile("\\b[A-Z][A-Z_]*\\(\"([a-z]+(?:-[a-z]+)+)\",");
        Pattern literal = Pattern.compile("\"((?:invalid|malformed|body|stale|idempotency|concurrent|internal)-[a-z-]+)\"");
        try (Stream<Path> sources = Files.walk(commandSide)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                collect(code.matcher(text), codes);
                collect(literal.matcher(text), codes);
            }
        }

        assertThat(codes).hasSizeGreaterThan(35);
        assertThat(codes).allSatisfy(found -> assertThat(FRENCH).containsKey("refusal." + found));
    }

    private static void collect(Matcher matcher, List<String> codes) {
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
