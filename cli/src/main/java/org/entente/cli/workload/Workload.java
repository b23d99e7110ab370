package org.entente.cli.workload;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The load of the battery and the benchmark: client threads, each living its share of the partnerships a command at a time, paced to a
 * rate, in segments of a given number of commands, one per scenario. Every accepted command is remembered with
 * the version it answered, to be looked for in the event store afterwards.
 */
public final class Workload {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A command is answered or given up within {@link LoadClient#GIVE_UP}: a workload in which nothing moved for
     * longer is stuck (a client thread died, a service neither answers nor refuses), and a wait on it fails.
     */
    static final Duration STALLED = LoadClient.GIVE_UP.plusMinutes(1);

    /** A command answered 2xx: its partnership must hold an event at this version. */
    public record Acknowledged(String partnershipId, long version) {
    }

    /** A command refused with a 4xx, or never answered: none is expected. */
    public record Refused(String path, int status, String body) {
    }

    private final List<LoadScript> scripts;
    private final LoadClient client;
    private final int clients;
    private final long nanosPerCommand;
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    private final Map<Integer, Boolean> running = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Consumer<Acknowledged> onAcknowledged = acknowledged -> {
    };
    private final Duration stalled;
    private long allowance;
    private long started;
    private long completed;
    private long lastMove = System.nanoTime();

    public Workload(List<LoadScript> scripts, LoadClient client, int clients, double commandsPerSecond) {
        this(scripts, client, clients, commandsPerSecond, STALLED);
    }

    Workload(List<LoadScript> scripts, LoadClient client, int clients, double commandsPerSecond, Duration stalled) {
        this.scripts = scripts;
        this.client = client;
        this.clients = clients;
        this.nanosPerCommand = (long) (1e9 / commandsPerSecond);
        this.stalled = stalled;
    }

    /** Told of each accepted command as soon as its answer arrives: the benchmark's latency probe. */
    public void onEachAcknowledged(Consumer<Acknowledged> listener) {
        this.onAcknowledged = listener;
    }

    public static int commands(int partnerships) {
        return partnerships * LoadScript.LENGTH;
    }

    public void start() {
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread thread = new Thread(() -> live(first), "chaos-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Lets {@code commands} more commands go. */
    public synchronized void open(long commands) {
        allowance += commands;
        notifyAll();
    }

    /** The share of the current segment sent so far, 0 to 1. */
    public synchronized double progress(long segmentStart, long segmentSize) {
        return segmentSize == 0 ? 1 : Math.min(1, (started - segmentStart) / (double) segmentSize);
    }

    synchronized long started() {
        return started;
    }

    /** Waits until the segment's share reaches {@code fraction}; fails if the workload is stuck meanwhile. */
    public void awaitProgress(long segmentStart, long segmentSize, double fraction) throws InterruptedException {
        while (progress(segmentStart, segmentSize) < fraction && !allDone()) {
            failIfStalled(String.format("%.0f %% of a segment of %d commands to be sent", fraction * 100,
                    segmentSize));
            Thread.sleep(20);
        }
    }

    /** Waits until every command let go so far has its answer; fails if the workload is stuck meanwhile. */
    public synchronized void awaitAllowanceAnswered() throws InterruptedException {
        while (completed < Math.min(allowance, commands(scripts.size())) && !allDone()) {
            failIfStalled("every command let go to be answered");
            wait(200);
        }
    }

    private synchronized void failIfStalled(String waitedFor) {
        Duration still = Duration.ofNanos(System.nanoTime() - lastMove);
        if (still.compareTo(stalled) > 0) {
            throw new IllegalStateException(String.format("Waited for %s, but no command was sent or answered "
                    + "for %d s: %d sent, %d answered, %d let go, of %d", waitedFor, still.toSeconds(), started,
                    completed, allowance, commands(scripts.size())));
        }
    }

    synchronized boolean allDone() {
        return completed == commands(scripts.size());
    }

    public List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public List<Refused> refused() {
        return List.copyOf(refused);
    }

    public long retries() {
        return client.retries();
    }

    private void live(int first) {
        try {
            List<LoadScript> mine = new ArrayList<>();
            for (int i = first; i < scripts.size(); i += clients) {
                mine.add(scripts.get(i));
            }
            while (mine.stream().anyMatch(script -> !script.finished())) {
                for (LoadScript script : mine) {
                    if (!script.finished()) {
                        step(script);
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void step(LoadScript script) throws InterruptedException {
        take();
        pace();
        LoadScript.Step step = script.next();
        LoadClient.Answer answer = client.send(step.token(), step.path(), step.body());
        if (answer.accepted()) {
            String id = script.partnershipId() != null ? script.partnershipId() : partnershipOf(answer.body());
            Acknowledged accepted = new Acknowledged(id, answer.version());
            onAcknowledged.accept(accepted);
            acknowledged.add(accepted);
            script.accepted(id);
        } else {
            refused.add(new Refused(step.path(), answer.status(), answer.body()));
            abandon(script);
            return;
        }
        complete();
    }

    private synchronized void take() throws InterruptedException {
        while (started >= allowance) {
            wait();
        }
        started++;
        lastMove = System.nanoTime();
    }

    /** A refused step is not retried: the partnership's life stops there, its commands counted as answered. */
    private synchronized void abandon(LoadScript script) {
        int left = script.abandon();
        started += left - 1;
        completed += left;
        lastMove = System.nanoTime();
        notifyAll();
    }

    private synchronized void complete() {
        completed++;
        lastMove = System.nanoTime();
        notifyAll();
    }

    private void pace() throws InterruptedException {
        long slot = nextSlot.getAndUpdate(previous -> Math.max(previous, System.nanoTime()) + nanosPerCommand);
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    public static String partnershipOf(String body) {
        try {
            return JSON.readTree(body).get("partnershipId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("An accepted proposal without its partnership id: " + body, e);
        }
    }
}
