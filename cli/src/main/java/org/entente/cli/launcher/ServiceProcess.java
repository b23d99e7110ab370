package org.entente.cli.launcher;

import org.entente.devstack.Http;
import org.entente.leash.Leash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Entente service running in a process of its own, as in production, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = Http.client();

    private final String name;
    private final Path jar;
    private final ProcessBuilder builder;
    private final LaunchPlan plan;
    private final URI baseUrl;
    private final CappedLog log;
    private volatile Process process;
    private volatile Thread pump;
    private volatile boolean stopping;
    private volatile long launchedAt;
    private volatile Duration startUp;

    private ServiceProcess(String name, Path jar, ProcessBuilder builder, LaunchPlan plan, URI baseUrl,
            CappedLog log) throws IOException {
        this.name = name;
        this.jar = jar;
        this.builder = builder;
        this.plan = plan;
        this.baseUrl = baseUrl;
        this.log = log;
        this.process = launch();
    }

    /** Any command as a supervised process with a bounded log, for the tests of supervision. */
    static ServiceProcess ofCommand(String name, List<String> command, Path log, long logLimit) throws IOException {
        return ofCommand(name, command, log, logLimit, 0);
    }

    /** As {@link #ofCommand(String, List, Path, long)}, for a service said to listen on {@code port}. */
    static ServiceProcess ofCommand(String name, List<String> command, Path log, long logLimit, int port)
            throws IOException {
        return new ServiceProcess(name, Path.of(command.get(0)), new ProcessBuilder().redirectErrorStream(true),
                LaunchPlan.fixed(command), URI.create("http://localhost:" + port), CappedLog.startRun(log, logLimit));
    }

    private Process launch() throws IOException {
        launchedAt = System.nanoTime();
        Process started = builder.command(plan.nextCommand()).start();
        pump = log.follow(started.getInputStream(), name);
        return started;
    }

    /** Options every service JVM gets on top of the defaults, split on white space; none when unset. */
    static final List<String> JAVA_OPTIONS = List.of(System.getenv().getOrDefault("ENTENTE_JAVA_OPTIONS", "")
            .trim().split("\\s+")).stream().filter(option -> !option.isEmpty()).toList();

    /**
     * Starts a service jar with its own temporary directory (Tomcat's work directories, uploads), under the
     * installation's home rather than the machine's {@code /tmp}, and on the leash of this process.
     */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory,
            Path temporaryDirectory) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests package");
        }
        try {
            Files.createDirectories(logDirectory);
            Files.createDirectories(temporaryDirectory);
            Path log = logDirectory.resolve(name + ".log");
            // Full tiered compilation by default: C1 alone starts the services sooner but caps the write
            // throughput under load (BENCHMARKS.md, issue 12). ENTENTE_JAVA_OPTIONS adds options of the operator's,
            // or the tests' C1 for processes that live a minute (see the failsafe configuration).
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                // A session of its own: the terminal's Ctrl-C reaches the CLI alone, which stops the services
                // before the broker and the database they still need while draining.
                command.add("/usr/bin/setsid");
            }
            command.addAll(List.of(javaExecutable(), "-Xss512k"));
            command.addAll(JAVA_OPTIONS);
            command.add("-Djava.io.tmpdir=" + temporaryDirectory);
            ProcessBuilder builder = Leash.leashed(new ProcessBuilder().redirectErrorStream(true));
            builder.environment().putAll(environment);
            if (ClassDataArchive.WANTED) {
                ClassDataArchive archive = ClassDataArchive.forJar(jar, JAVA_OPTIONS);
                return new ServiceProcess(name, archive.runnableJar(), builder, archive.plan(command),
                        URI.create("http://localhost:" + port), CappedLog.startRun(log, CappedLog.DEFAULT_LIMIT));
            }
            command.addAll(List.of("-jar", jar.toString()));
            return new ServiceProcess(name, jar, builder, LaunchPlan.fixed(command),
                    URI.create("http://localhost:" + port), CappedLog.startRun(log, CappedLog.DEFAULT_LIMIT));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    /** From its launch to its first healthy answer, once {@link #awaitHealthy} saw it; null before. */
    public Duration startUp() {
        return startUp;
    }

    /** Whether it ended without being asked to: what the supervisor restarts. */
    boolean exitedUnexpectedly() {
        return !stopping && !process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Starts the service again, as it was started; its log goes on in the same file. */
    synchronized void restart() {
        if (stopping) {
            return;
        }
        try {
            plan.ended();
            process = launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart " + name, e);
        }
    }

    Path log() {
        return log.path();
    }

    public String name() {
        return name;
    }

    Path jar() {
        return jar;
    }

    /** Waits until the service reports itself healthy; fails early if its process dies. */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(baseUrl.resolve("/actuator/health")).timeout(Duration.ofSeconds(2))
                .GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw stoppedWhileStarting();
            }
            try {
                HttpResponse<String> response = HTTP.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    startUp = Duration.ofNanos(System.nanoTime() - launchedAt);
                    return;
                }
            } catch (IOException notYetListening) {
                // The service is still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout.toSeconds() + " s; see "
                + log.path());
    }

    /**
     * Why it stopped before it was healthy. A port taken after the launcher checked it (by a process that bound
     * it meanwhile) is said as such, with its holder: whoever chose the port may choose another.
     */
    private IllegalStateException stoppedWhileStarting() {
        String message = name + " stopped with exit code " + process.exitValue() + "; see " + log.path();
        try {
            pump.join(TimeUnit.SECONDS.toMillis(5));
            if (Files.readString(log.path()).contains("Port " + baseUrl.getPort() + " was already in use")) {
                return Ports.taken(new Ports.Need(baseUrl.getPort(), name, "its port option"));
            }
        } catch (IOException unreadable) {
            // The plain message, then.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException(message);
    }

    /** Asks the service to stop gracefully (SIGTERM), without waiting. */
    synchronized void requestStop() {
        stopping = true;
        process.destroy();
    }

    /** Asks the service to stop gracefully, and insists after a while. */
    @Override
    public void close() {
        requestStop();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            // Its last words reach the file before the file is closed.
            pump.join(TimeUnit.SECONDS.toMillis(5));
            log.close();
            plan.ended();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
