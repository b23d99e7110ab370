package org.entente.cli.launcher;

import org.entente.devstack.BrokerJvm;
import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Directories;
import org.entente.devstack.KafkaServer;
import org.entente.devstack.PostgresServer;
import org.entente.devstack.Topics;
import org.entente.cli.mail.MailCatcher;
import org.entente.cli.mail.MailFolder;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole of Entente on one machine: a real PostgreSQL with a database per service, a real KRaft broker with
 * the partnership topic, both services and the web application in processes of their own; or the given
 * PostgreSQL server and broker. Closing it stops everything, in reverse.
 */
public final class Stack implements AutoCloseable {

    private final StartedInOrder started = new StartedInOrder();
    private final StackSettings settings;
    private final DevSigningKey key;
    private final LeftBehind leftBehind;
    private ServiceProcess commandService;
    private ServiceProcess queryService;
    private ServiceProcess web;
    private ServiceProcess notifier;
    private Mailing mailing;
    private String bootstrapServers;
    private Database admin;

    private Supervisor supervisor;
    private Runnable onGiveUp = () -> new Thread(this::close, "entente-stop").start();
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private final Map<String, String> webEnvironment = new HashMap<>();
    private Duration stable = Supervisor.STABLE;
    private boolean withWebApplication = true;
    private boolean writesArchives = true;

    public Stack(StackSettings settings) {
        this.settings = settings;
        this.key = DevSigningKey.loadOrCreate(settings.dataDirectory());
        this.leftBehind = new LeftBehind(settings.dataDirectory());
    }

    public static Stack start(StackSettings settings) throws InterruptedException {
        Stack stack = new Stack(settings);
        stack.startAll();
        return stack;
    }

    /** Starts everything; on failure, stops what was started and rethrows. */
    public void startAll() throws InterruptedException {
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
        // What the services of an earlier run left there (Tomcat's work directories) is of no use to this one.
        Directories.deleteTree(temporaryDirectory());
        try (HeldPorts held = Ports.holdFor(settings, mailing)) {
            // What needs nothing of another starts at once: the web application knows the services by their URLs
            // only, and the broker and the database come up side by side; a start is mostly the JVMs' own.
            if (withWebApplication) {
                held.handOver(settings.webPort());
                web = startService("web", settings.webPort(),
                        new ServiceEnvironment(settings, null, webEnvironment).web());
            }
            startInfrastructure(held);
            // Created before any consumer starts: a consumer started on a missing topic never reads it.
            Topics.createKeptForever(bootstrapServers, settings.topic(), settings.partitions());
            ServiceEnvironment environment = new ServiceEnvironment(settings, bootstrapServers, extraEnvironment);
            held.handOver(settings.commandPort());
            commandService = startService("command-service", settings.commandPort(), environment.service(
                    Databases.ensure(admin, "entente_command"), "COMMAND_SERVICE_PORT", settings.commandPort()));
            held.handOver(settings.queryPort());
            queryService = startService("query-service", settings.queryPort(), environment.service(
                    Databases.ensure(admin, "entente_query"), "QUERY_SERVICE_PORT", settings.queryPort()));
            if (mailing != null) {
                startMail(held, environment);
            }
        }
        List<ServiceProcess> services = services();
        for (ServiceProcess service : services) {
            service.awaitHealthy(Duration.ofMinutes(3));
        }
        supervise(services);
    }

    private ServiceProcess startService(String name, int port, Map<String, String> environment) {
        ServiceProcess service = remember(ServiceProcess.start(name, settings.jar(name), port, environment,
                settings.logDirectory(), temporaryDirectory().resolve(name), writesArchives));
        leftBehind.record(service.name(), service.pid(), service.jar().toString());
        return service;
    }

    /** The local mail server first, so that the notifier's first mails find it. */
    private void startMail(HeldPorts held, ServiceEnvironment environment) {
        held.handOver(mailing.smtpPort());
        remember(MailCatcher.start(mailing.smtpPort(), mailFolder()));
        held.handOver(mailing.notifierPort());
        notifier = startService("notifier", mailing.notifierPort(),
                environment.notifier(notifierDatabase(), mailing));
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
    public void withServiceEnvironment(Map<String, String> environment) {
        extraEnvironment.putAll(environment);
    }

    /** Settings the web application gets on top of the stack's own, before it starts (an OpenID Connect provider's). */
    public void withWebEnvironment(Map<String, String> environment) {
        webEnvironment.putAll(environment);
    }

    /**
     * The two services alone, before it starts: a restore and the fault battery serve no page, and the web
     * application's JVM would cost them its start and its memory for nothing.
     */
    public void withoutWebApplication() {
        this.withWebApplication = false;
    }

    /**
     * Its services map their class-data archives when there are some and never write them, before it starts: for an
     * installation that lives as long as the JVM that started it, which would write them only as that JVM ends,
     * when no later start can use them, and keep it waiting (the tests' shared installation; BENCHMARKS.md).
     */
    public void withoutWritingArchives() {
        this.writesArchives = false;
    }

    /**
     * With the notifier and a local mail server, before it starts: what {@code ./entente up} runs, so that a
     * developer reads the mails the institutions would receive ({@code ./entente mail}).
     */
    public void withMail(Mailing mailing) {
        this.mailing = mailing;
    }

    /** How long a restarted service must stay up before the supervisor forgets its failures (default 1 min). */
    public void forgetFailuresAfter(Duration stable) {
        this.stable = stable;
    }

    /** What to do when a service keeps failing: by default, stop everything. */
    void onGiveUp(Runnable action) {
        this.onGiveUp = action;
    }

    /** The broker and the database, side by side; the broker's port is handed over as it starts. */
    private void startInfrastructure(HeldPorts held) {
        CompletableFuture<String> broker = CompletableFuture.supplyAsync(() -> {
            if (settings.externalKafka() != null) {
                return settings.externalKafka();
            }
            held.handOver(settings.kafkaPort());
            return startBroker();
        });
        admin = settings.externalDatabase() != null ? settings.externalDatabase() : startPostgres().adminDatabase();
        try {
            bootstrapServers = broker.join();
        } catch (CompletionException e) {
            // The broker's failure as this thread's, so that the start stops as a whole.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private PostgresServer startPostgres() {
        return remember(settings.ephemeral() ? PostgresServer.start() : PostgresServer.startPersistent(postgresData()));
    }

    private String startBroker() {
        BrokerJvm jvm = BrokerFromArchive.forThisLauncher();
        KafkaServer broker = remember(settings.ephemeral() ? KafkaServer.startThrowAway(settings.kafkaPort(), jvm)
                : KafkaServer.startPersistent(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(), jvm));
        leftBehind.record("kafka", broker.pid(), "kafka.Kafka");
        return broker.bootstrapServers();
    }

    private Path temporaryDirectory() {
        return settings.dataDirectory().resolve("tmp");
    }

    private Path postgresData() {
        return settings.dataDirectory().resolve("postgres");
    }

    public URI commandService() {
        return commandService.baseUrl();
    }

    public URI queryService() {
        return queryService.baseUrl();
    }

    public URI web() {
        if (web == null) {
            throw new IllegalStateException("This installation was started without the web application");
        }
        return web.baseUrl();
    }

    /** Where the mails the notifier sent are kept (the home's {@code mail/}), whether or not it runs. */
    public MailFolder mailFolder() {
        return MailFolder.of(settings.dataDirectory());
    }

    /** Whether it runs the notifier and its mail server. */
    public boolean runsMail() {
        return mailing != null;
    }

    /** The notifier's own database, on the installation's PostgreSQL server; created if it is not there yet. */
    public Database notifierDatabase() {
        return Databases.ensure(admin, "entente_notifier");
    }

    /** The notifier, when started with mail. */
    public URI notifier() {
        if (notifier == null) {
            throw new IllegalStateException("This installation was started without mail");
        }
        return notifier.baseUrl();
    }

    /**
     * The running services (command-service, query-service, the web application and the notifier when started):
     * their pids and start-up times.
     */
    public List<ServiceProcess> services() {
        List<ServiceProcess> services = new java.util.ArrayList<>(List.of(commandService, queryService));
        if (web != null) {
            services.add(web);
        }
        if (notifier != null) {
            services.add(notifier);
        }
        return List.copyOf(services);
    }

    /** The command service's current process, for the fault battery. */
    public long commandServicePid() {
        return commandService.pid();
    }

    /** The query service's current process, for the tests that kill it. */
    public long queryServicePid() {
        return queryService.pid();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The PostgreSQL server's maintenance database, from which the services' databases were created. */
    public Database adminDatabase() {
        return admin;
    }

    public DevSigningKey signingKey() {
        return key;
    }

    public StackSettings settings() {
        return settings;
    }

    private <T extends AutoCloseable> T remember(T resource) {
        return started.remember(resource);
    }

    @Override
    public synchronized void close() {
        if (supervisor != null) {
            supervisor.stop();
        }
        started.closeAll();
        leftBehind.forgetAll();
    }
}
