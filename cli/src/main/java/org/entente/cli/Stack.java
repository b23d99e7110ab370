package org.entente.cli;

import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.KafkaServer;
import org.entente.devstack.PostgresServer;
import org.entente.devstack.Topics;
import org.entente.ledger.SignerKeyFile;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole of Entente on one machine: a real PostgreSQL with a database per service, a real KRaft broker with
 * the partnership topic, both services and the web application in processes of their own; or the given PostgreSQL server and broker. Closing it stops everything, in reverse.
 */
final class Stack implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final StackSettings settings;
    private final DevSigningKey key;
    private final LeftBehind leftBehind;
    private ServiceProcess commandService;
    private ServiceProcess queryService;
    private ServiceProcess web;
    private String bootstrapServers;
    private Database admin;

    private boolean closed;
    private Supervisor supervisor;
    private Runnable onGiveUp = () -> new Thread(this::close, "entente-stop").start();
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private Duration stable = Supervisor.STABLE;

    Stack(StackSettings settings) {
        this.settings = settings;
        this.key = DevSigningKey.loadOrCreate(settings.dataDirectory());
        this.leftBehind = new LeftBehind(settings.dataDirectory());
    }

    static Stack start(StackSettings settings) throws InterruptedException {
        Stack stack = new Stack(settings);
        stack.startAll();
        return stack;
    }

    /** Starts everything; on failure, stops what was started and rethrows. */
    void startAll() throws InterruptedException {
        try {
            startInOrder();
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
    }

    private void startInOrder() throws InterruptedException {
        if (!settings.ephemeral()) {
            leftBehind.stopAll(postgresData());
        }
        Ports.requireFree(List.of(
                new Ports.Need(settings.externalKafka() == null ? settings.kafkaPort() : 0, "the Kafka broker",
                        "--kafka-port"),
                new Ports.Need(settings.commandPort(), "command-service", "--command-port"),
                new Ports.Need(settings.queryPort(), "query-service", "--query-port"),
                new Ports.Need(settings.webPort(), "the web application", "--web-port")));
        admin = settings.externalDatabase() != null ? settings.externalDatabase() : startPostgres().adminDatabase();
        bootstrapServers = settings.externalKafka() != null ? settings.externalKafka() : startBroker();
        // Created before any consumer starts: a consumer started on a missing topic never reads it.
        Topics.createKeptForever(bootstrapServers, settings.topic(), settings.partitions());
        commandService = remember(ServiceProcess.start("command-service", settings.jar("command-service"),
                settings.commandPort(), environment(Databases.ensure(admin, "entente_command"), "COMMAND_SERVICE_PORT",
                        settings.commandPort()), settings.logDirectory()));
        queryService = remember(ServiceProcess.start("query-service", settings.jar("query-service"),
                settings.queryPort(), environment(Databases.ensure(admin, "entente_query"), "QUERY_SERVICE_PORT",
                        settings.queryPort()), settings.logDirectory()));
        web = remember(ServiceProcess.start("web", settings.jar("web"), settings.webPort(), webEnvironment(),
                settings.logDirectory()));
        List<ServiceProcess> services = List.of(commandService, queryService, web);
        for (ServiceProcess service : services) {
            leftBehind.record(service.name(), service.pid(), service.jar().toString());
        }
        commandService.awaitHealthy(Duration.ofMinutes(3));
        queryService.awaitHealthy(Duration.ofMinutes(3));
        web.awaitHealthy(Duration.ofMinutes(3));
        supervise(services);
    }

    /** From now on a service that exits unexpectedly is started again (see {@link Supervisor}). */
    private synchronized void supervise(List<ServiceProcess> services) {
        Map<String, java.util.function.LongConsumer> record = new HashMap<>();
        services.forEach(service -> record.put(service.name(),
                pid -> leftBehind.record(service.name(), pid, service.jar().toString())));
        supervisor = new Supervisor(services, record, () -> onGiveUp.run(), Duration.ofSeconds(1), System.out,
                stable);
        Thread thread = new Thread(supervisor, "entente-supervisor");
        thread.setDaemon(true);
        thread.start();
    }

    /** Settings both services get on top of the stack's own, before it starts (the fault battery's). */
    void withServiceEnvironment(Map<String, String> environment) {
        extraEnvironment.putAll(environment);
    }

    /** How long a restarted service must stay up before the supervisor forgets its failures (default 1 min). */
    void forgetFailuresAfter(Duration stable) {
        this.stable = stable;
    }

    /** What to do when a service keeps failing: by default, stop everything. */
    void onGiveUp(Runnable action) {
        this.onGiveUp = action;
    }

    /** The web application knows the services by their URLs only, and signs development tokens with our key. */
    private Map<String, String> webEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("WEB_PORT", Integer.toString(settings.webPort()));
        environment.put("COMMAND_SERVICE_URL", "http://localhost:" + settings.commandPort());
        environment.put("QUERY_SERVICE_URL", "http://localhost:" + settings.queryPort());
        environment.put("ENTENTE_HOME", settings.dataDirectory().toString());
        environment.put("ENTENTE_SEEDS", settings.projectRoot().resolve("seeds").toString());
        return environment;
    }

    private PostgresServer startPostgres() {
        return remember(settings.ephemeral() ? PostgresServer.start() : PostgresServer.startPersistent(postgresData()));
    }

    private String startBroker() {
        KafkaServer broker = remember(settings.ephemeral() ? KafkaServer.startThrowAway(settings.kafkaPort())
                : KafkaServer.startPersistent(settings.dataDirectory().resolve("kafka"), settings.kafkaPort()));
        leftBehind.record("kafka", broker.pid(), "kafka.Kafka");
        return broker.bootstrapServers();
    }

    private Path ledgerKeyFile() {
        return settings.dataDirectory().resolve(InstallationKeys.LEDGER);
    }

    private Path postgresData() {
        return settings.dataDirectory().resolve("postgres");
    }

    private Map<String, String> environment(Database database, String portVariable, int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ENTENTE_DB_URL", database.jdbcUrl());
        environment.put("ENTENTE_DB_USER", database.username());
        environment.put("ENTENTE_DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("ENTENTE_TOPIC", settings.topic());
        environment.put("ENTENTE_JWT_PUBLIC_KEY", "file:" + DevSigningKey.publicKeyFile(settings.dataDirectory()));
        // The ledger's key, created before either service starts: command-service signs with it, and the query
        // side's monitor trusts its verifier key only.
        environment.put("ENTENTE_LEDGER_KEY_FILE", ledgerKeyFile().toString());
        environment.put("ENTENTE_LEDGER_VERIFIER_KEY", SignerKeyFile.loadOrCreate(ledgerKeyFile(),
                System.getenv().getOrDefault("ENTENTE_LEDGER_ORIGIN", "entente.localhost/ledger")).verifier().text());
        environment.put("QUERY_SERVICE_URL", "http://localhost:" + settings.queryPort());
        environment.put("COMMAND_SERVICE_URL", "http://localhost:" + settings.commandPort());
        environment.put(portVariable, Integer.toString(port));
        environment.putAll(extraEnvironment);
        return environment;
    }

    URI commandService() {
        return commandService.baseUrl();
    }

    URI queryService() {
        return queryService.baseUrl();
    }

    URI web() {
        return web.baseUrl();
    }

    /** The running services (command-service, query-service, web): their pids and start-up times. */
    List<ServiceProcess> services() {
        return List.of(commandService, queryService, web);
    }

    /** The command service's current process, for the fault battery. */
    long commandServicePid() {
        return commandService.pid();
    }

    /** The query service's current process, for the tests that kill it. */
    long queryServicePid() {
        return queryService.pid();
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** The PostgreSQL server's maintenance database, from which the services' databases were created. */
    Database adminDatabase() {
        return admin;
    }

    DevSigningKey signingKey() {
        return key;
    }

    StackSettings settings() {
        return settings;
    }

    private synchronized <T extends AutoCloseable> T remember(T resource) {
        if (closed) {
            // Stopped while starting: what comes up now goes straight down again.
            closeQuietly(resource);
            throw new IllegalStateException("Entente was stopped while starting");
        }
        started.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (supervisor != null) {
            supervisor.stop();
        }
        // Both services drain in parallel; the broker and the database stay up until both are gone.
        started.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                .forEach(ServiceProcess::requestStop);
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
        leftBehind.forgetAll();
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("While stopping: " + e.getMessage());
        }
    }
}
