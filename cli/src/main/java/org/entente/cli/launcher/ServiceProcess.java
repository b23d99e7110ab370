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

    /**
     * Starts a service jar with its own temporary directory (Tomcat's work directories, uploads), under the
     * installation's home rather than the machine's {@code /tmp}, and on the leash of this process.
     */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory,
            Path temporaryDirectory) {
        return start(name, jar, port, environment, logDirectory, temporaryDirectory, true);
    }

    /** As above; {@code writesArchive} false: its class-data archive is mapped when there is one, never written. */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory,
            Path temporaryDirectory, boolean writesArchive) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests package");
        }
        try {
            Files.createDirectories(logDirectory);
            Files.createDirectories(temporaryDirectory);
            Path log = logDirectory.resolve(name + ".log");
            ServiceJvm jvm = ServiceJvm.prepare(jar, temporaryDirectory, writesArchive);
            ProcessBuilder builder = Leash.leashed(new ProcessBuilder().redirectErrorStream(true));
            builder.environment().putAll(environment);
            return new ServiceProcess(name, jvm.runnableJar(), builder, jvm.plan(),
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
            if (!process.waitFor(plan.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
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
}
