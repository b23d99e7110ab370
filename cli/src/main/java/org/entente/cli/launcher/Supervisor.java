package org.entente.cli.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Watches the services {@code up} started: one that exits without being asked to is reported and started again,
 * after a back-off that doubles from 1 s; after five failures in a row it gives up, says so and stops Entente.
 * A service that stays up a minute has its count of failures forgotten.
 */
final class Supervisor implements Runnable {

    static final int ATTEMPTS = 5;
    static final Duration STABLE = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(500);

    private final List<ServiceProcess> services;
    private final Duration firstBackOff;
    private final PrintStream out;
    private final Runnable giveUp;
    private final Map<String, LongConsumer> onRestart;
    private final Duration stable;
    private final Map<ServiceProcess, Integer> failures = new HashMap<>();
    private final Map<ServiceProcess, Long> upSince = new HashMap<>();
    private volatile boolean running = true;

    Supervisor(List<ServiceProcess> services, Map<String, LongConsumer> onRestart, Runnable giveUp) {
        this(services, onRestart, giveUp, Duration.ofSeconds(1), System.out, STABLE);
    }

    Supervisor(List<ServiceProcess> services, Map<String, LongConsumer> onRestart, Runnable giveUp,
               Duration firstBackOff, PrintStream out) {
        this(services, onRestart, giveUp, firstBackOff, out, STABLE);
    }

    /** {@code stable}: how long a service stays up before its failures are forgotten. */
    Supervisor(List<ServiceProcess> services, Map<String, LongConsumer> onRestart, Runnable giveUp,
               Duration firstBackOff, PrintStream out, Duration stable) {
        this.stable = stable;
        this.services = services;
        this.onRestart = onRestart;
        this.giveUp = giveUp;
        this.firstBackOff = firstBackOff;
        this.out = out;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        services.forEach(service -> upSince.put(service, System.nanoTime()));
        while (running) {
            for (ServiceProcess service : services) {
                if (running && service.exitedUnexpectedly()) {
                    restart(service);
                } else if (System.nanoTime() - upSince.get(service) > stable.toNanos()) {
                    failures.remove(service);
                }
            }
            sleep(POLL);
        }
    }

    private void restart(ServiceProcess service) {
        int failed = failures.merge(service, 1, Integer::sum);
        if (failed > ATTEMPTS) {
            out.printf("%s failed %d times in a row; giving up (see %s). Stopping Entente.%n",
                    service.name(), ATTEMPTS, service.log());
            running = false;
            giveUp.run();
            return;
        }
        Duration backOff = firstBackOff.multipliedBy(1L << (failed - 1));
        out.printf("%s stopped unexpectedly (exit code %d); starting it again in %s (attempt %d of %d).%n",
                service.name(), service.exitCode(), seconds(backOff), failed, ATTEMPTS);
        sleep(backOff);
        if (running) {
            service.restart();
            upSince.put(service, System.nanoTime());
            onRestart.getOrDefault(service.name(), pid -> { }).accept(service.pid());
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
