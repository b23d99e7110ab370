package org.entente.command.partnership;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.command.CommandServiceApplication;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.devstack.TestTokens;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Issue 21, requirement 6: for random people acting in random partnerships, taken to a random step, and a random
 * set of them erased (one of them rectified first), every leaf, checkpoint, tile and proof the log served before is
 * served byte for byte after, the log grows consistently, and nothing of an erased person — identifier, name,
 * rectified name, capacity — is left in any column of any table of the command database, in any record of the
 * topic (value and headers) or in anything the service logged. Every request is sent with an Idempotency-Key, as
 * careful clients do. The people not erased still read as they were.
 */
class ErasurePropertiesIT implements LogSnapshot.Served {

    private static final String ADMIN = TestTokens.person("admin-of-the-properties", "Admin", "entente", "admin");
    private static final String AUDITOR = TestTokens.token("cour-des-comptes", "auditor");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ListAppender<ILoggingEvent> LOGGED = new ListAppender<>();
    private static ConfigurableApplicationContext service;
    private static TestStack stack;
    private static TestRestTemplate rest;
    private static JdbcTemplate jdbc;

    /** A person of an institution, named with letters no hex digit or UUID holds, so a match is theirs. */
    record Person(String institution, String id, String first, String last, String capacity) {

        String token() {
            return TestTokens.person(id, first + " " + last, institution, "partner", "signatory");
        }

        List<String> traces() {
            return List.of(id, first, last, capacity);
        }
    }

    /** Who acts, in how many partnerships, how far each goes, who is erased, and whether the first is renamed. */
    record Scenario(List<Person> people, int partnerships, int steps, Set<Integer> erased, String renamedTo) {

        /** What a failure says of its try, in a line. */
        String summary() {
            return partnerships + " partnership(s) to step " + steps + ", people " + erased + " erased"
                    + (renamedTo == null ? "" : ", the first renamed");
        }
    }

    @BeforeContainer
    static void start() {
        stack = TestStack.fresh(TestStack.bootstrapServers());
        Map<String, Object> properties = new HashMap<>(stack.properties());
        properties.put("server.port", "0");
        properties.put("entente.rate-limit.per-minute", "0");
        service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:"
                + service.getEnvironment().getProperty("local.server.port")));
        jdbc = service.getBean(JdbcTemplate.class);
        // Once the service started: Spring Boot sets logging up anew as it starts, dropping appenders added before.
        LOGGED.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOGGED);
    }

    @AfterContainer
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOGGED);
        if (service != null) {
            service.close();
        }
    }

    // No shrinking and no edge cases: every try adds to the one installation, so a try must never meet the people of
    // the tries before it. Shrunk words converge on "gggggggggg" (CI, stop 54); jqwik's edge cases mixed into the
    // generation are such words too ("gggggggggg", "zzzzzzzzzz"), and a later try's "p-gggggggggg", named otherwise,
    // read the name an earlier try had given it (a fresh-clone run, stop 59). Random ten-letter words do not meet.
    @Property(tries = 6, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void erasures_keepEveryProof_andLeaveNothingOfTheErased(@ForAll("scenarios") Scenario scenario)
            throws Exception {
        List<String> partnerships = new ArrayList<>();
        for (int n = 0; n < scenario.partnerships(); n++) {
            partnerships.add(play(scenario.people(), scenario.steps()));
        }
        Map<String, List<String>> commitments = new HashMap<>();
        scenario.people().forEach(p -> commitments.put(p.id(), jdbc.queryForList("SELECT 'sha256:' || commitment "
                + "FROM vault_value WHERE person_id = ?", String.class, p.id())));
        // Only who acted is known to the vault: the lead always did.
        List<Person> erased = scenario.erased().stream().sorted().map(scenario.people()::get)
                .filter(p -> !commitments.get(p.id()).isEmpty()).toList();
        if (erased.isEmpty()) {
            erased = List.of(scenario.people().get(0));
        }
        assertThat(opened(commitments.get(erased.get(0).id()))).as("%s: the vault opens them before", scenario.summary())
                .contains(erased.get(0).id());
        LogSnapshot before = LogSnapshot.take(this);

        if (scenario.renamedTo() != null) {
            ok(send(ADMIN, "/admin/people/" + erased.get(0).id() + "/rectification",
                    "{\"name\":\"" + scenario.renamedTo() + "\"}"));
        }
        for (Person person : erased) {
            ok(send(ADMIN, "/admin/people/" + person.id() + "/erasure", null));
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM vault_erasure_pending", Long.class))
                .as("%s: erasures every partnership has recorded; the service said %s", scenario.summary(),
                        logged().stream().filter(line -> line.contains("not recorded yet")).toList()).isZero();
        LogSnapshot after = LogSnapshot.take(this);
        assertThat(LogSnapshot.at(this, before.size())).isEqualTo(before);
        after.verifyGrownFrom(before, this);

        List<String> traces = new ArrayList<>(erased.stream().flatMap(p -> p.traces().stream()).toList());
        if (scenario.renamedTo() != null) {
            traces.add(scenario.renamedTo());
        }
        List<String> stored = stored();
        List<String> published = published(partnerships);
        List<String> logged = logged();
        assertThat(stored).as("the scan reads the tables").anyMatch(text -> text.contains(CAF));
        assertThat(published).as("the scan reads the topic").anyMatch(text -> text.contains(CAF));
        assertThat(logged).as("the scan reads the logs").isNotEmpty();
        for (String trace : traces) {
            assertThat(stored).as("%s: a table holding %s", scenario.summary(), trace).noneMatch(text -> text.contains(trace));
            assertThat(published).as("%s: a record holding %s", scenario.summary(), trace).noneMatch(text -> text.contains(trace));
            assertThat(logged).as("%s: a log line holding %s", scenario.summary(), trace).noneMatch(text -> text.contains(trace));
        }
        for (Person person : erased) {
            assertThat(opened(commitments.get(person.id()))).as("%s: %s's values", scenario.summary(), person.id()).isEmpty();
        }
        for (Person person : scenario.people()) {
            if (!erased.contains(person) && !commitments.get(person.id()).isEmpty()) {
                assertThat(opened(commitments.get(person.id()))).as("%s: %s still reads", scenario.summary(), person.id())
                        .contains(person.id(), person.first() + " " + person.last());
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        // Twelve distinct words of ten letters: no person's trace can be found inside another's.
        Arbitrary<List<Person>> people = letters(10).list().ofSize(12).uniqueElements().map(words -> List.of(
                person(CCAS, words, 0), person(CAF, words, 1), person(LIGUE, words, 2)));
        Arbitrary<Set<Integer>> erased = Arbitraries.integers().between(0, 2).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<String> renamed = letters(9).map(name -> "Renommee " + name).injectNull(0.5);
        return Combinators.combine(people, Arbitraries.integers().between(1, 2), Arbitraries.integers().between(1, 4),
                erased, renamed).as(Scenario::new);
    }

    private static Person person(String institution, List<String> words, int n) {
        return new Person(institution, "p-" + words.get(n), cap(words.get(3 + n)), cap(words.get(6 + n)),
                "Directrice " + cap(words.get(9 + n)));
    }

    /** Letters from g to z: no hex digest, UUID or base64 of ours happens to spell them by chance in ten. */
    private static Arbitrary<String> letters(int length) {
        return Arbitraries.strings().withCharRange('g', 'z').ofLength(length);
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A partnership proposed by the lead, taken by the others up to {@code steps}: accepted, approved, signed. */
    private String play(List<Person> people, int steps) throws Exception {
        Person lead = people.get(0);
        Person funder = people.get(1);
        Person association = people.get(2);
        ResponseEntity<String> proposed = send(lead.token(), "/partnerships",
                Proposals.enfanceJeunesse(CCAS, CAF, LIGUE));
        ok(proposed);
        String id = JSON.readTree(proposed.getBody()).get("partnershipId").asText();
        String p = "/partnerships/" + id;
        if (steps >= 2) {
            ok(send(funder.token(), p + "/acceptance", null));
            ok(send(association.token(), p + "/acceptance", null));
        }
        if (steps >= 3) {
            for (Person person : people) {
                ok(send(person.token(), p + "/terms/1/approvals", "{}"));
            }
        }
        if (steps >= 4) {
            String hash = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'termsHash' FROM "
                    + "domainevententry WHERE aggregateIdentifier = ? AND payloadType LIKE '%AgreementReached'",
                    String.class, id);
            ok(send(funder.token(), p + "/signatures", "{\"termsHash\":\"" + hash + "\",\"capacity\":\""
                    + funder.capacity() + "\"}"));
        }
        return id;
    }

    /** Every value of every column of every table of the command database, as text (bytes read as UTF-8). */
    private static List<String> stored() {
        List<String> texts = new ArrayList<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE "
                + "table_schema = 'public' AND table_type = 'BASE TABLE'", String.class)) {
            jdbc.query("SELECT * FROM " + table, row -> {
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    byte[] bytes = row.getBytes(column);
                    if (bytes != null) {
                        texts.add(table + ": " + new String(bytes, StandardCharsets.UTF_8));
                    }
                }
            });
        }
        return texts;
    }

    /** Every record of the partnerships on the topic: its value and each header's. */
    private static List<String> published(List<String> partnerships) {
        List<String> texts = new ArrayList<>();
        for (String id : partnerships) {
            int events = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ?",
                    Integer.class, id);
            for (ConsumerRecord<String, byte[]> record : TopicRecords.of(stack.brokers(), stack.topic(), id, events)) {
                texts.add(new String(record.value(), StandardCharsets.UTF_8));
                record.headers().forEach(h -> texts.add(h.key() + ": " + new String(h.value(), StandardCharsets.UTF_8)));
            }
        }
        return texts;
    }

    /** Everything logged so far in this JVM, the service's lines among them: messages, arguments, stack traces. */
    private static List<String> logged() {
        synchronized (LOGGED) {
            return LOGGED.list.stream().flatMap(event -> Stream.of(event.getFormattedMessage(),
                    event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()),
                    String.valueOf(event.getMDCPropertyMap()))).toList();
        }
    }

    /** The values the vault opens to an auditor, asked with an Idempotency-Key too. */
    private List<String> opened(List<String> commitments) throws Exception {
        if (commitments.isEmpty()) {
            return List.of();
        }
        ResponseEntity<String> answer = send(AUDITOR, "/vault/disclosures",
                "{\"commitments\":" + JSON.writeValueAsString(commitments) + "}");
        ok(answer);
        List<String> values = new ArrayList<>();
        JSON.readTree(answer.getBody()).get("disclosures").forEach(d -> values.add(d.path("value").asText()));
        return values;
    }

    private static ResponseEntity<String> send(String token, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        return rest.postForEntity(path, new HttpEntity<>(body == null ? "{}" : body, headers), String.class);
    }

    @Override
    public ResponseEntity<String> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(auditor()), String.class);
    }

    @Override
    public ResponseEntity<byte[]> getBytes(String path) {
        return rest.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }

    @Override
    public ResponseEntity<String> post(String path) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(auditor()), String.class);
    }

    private static HttpHeaders auditor() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(AUDITOR);
        return headers;
    }


    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
