package org.entente.cli.bench;

import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.InstallationSql;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.LoadTerms;
import org.entente.cli.workload.ServiceHealth;
import org.entente.cli.workload.Workload;

import org.entente.devstack.Database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One measured run of the lifecycle mix: its partnerships lived by concurrent clients as fast as the service
 * answers; timed until every event is on the topic (publication lag 0) and until every event is in the read
 * models.
 */
final class BenchRun {

    private static final String STORED = "SELECT count(*) FROM DomainEventEntry";
    private static final String VISIBLE = "SELECT count(*) FROM partnership_event";

    /** What a run measured. */
    record Outcome(long commands, long events, double seconds, double publishedSeconds, double visibleSeconds) {

        double commandsPerSecond() {
            return commands / publishedSeconds;
        }

        double eventsPerSecondPublished() {
            return events / publishedSeconds;
        }

        double eventsPerSecondVisible() {
            return events / visibleSeconds;
        }

        @Override
        public String toString() {
            return String.format("%,d commands, %,d events; answered in %.1f s, on the topic in %.1f s, visible in "
                    + "%.1f s: %,.0f commands/s, %,.0f events/s end to end", commands, events, seconds,
                    publishedSeconds, visibleSeconds, commandsPerSecond(), eventsPerSecondVisible());
        }
    }

    private final Stack stack;
    private final Database commands;
    private final Database reads;
    private final int clients;
    private final LoadTerms terms;
    private final LoadScript.People people;

    BenchRun(Path root, Stack stack, Database commands, Database reads, int clients) throws Exception {
        this.stack = stack;
        this.commands = commands;
        this.reads = reads;
        this.clients = clients;
        this.terms = new LoadTerms(root.resolve("seeds").resolve("ctg-val-de-fensch"), stack.queryService(),
                stack.signingKey());
        this.people = LoadScript.People.of(stack.signingKey());
    }

    /**
     * Adds {@code events} events of history at once (see {@link BenchHistory}) and answers the rates at which the
     * publisher put them on the topic and the query side took them in, in events per second.
     */
    double[] addHistory(long events) throws Exception {
        double inserted = BenchHistory.add(commands, events);
        long stored = InstallationSql.count(commands, STORED);
        long began = System.nanoTime();
        awaitPublished();
        double published = (System.nanoTime() - began) / 1e9;
        awaitVisible(stored);
        double visible = (System.nanoTime() - began) / 1e9;
        System.out.printf("history: %,d events inserted in %.1f s, on the topic after %.1f s, visible after %.1f s%n",
                events, inserted, published, visible);
        return new double[] {events / published, events / visible};
    }

    private void awaitPublished() throws Exception {
        while (ServiceHealth.figure(stack.commandService(), "publication", "publicationLag") != 0) {
            Thread.sleep(20);
        }
    }

    private void awaitVisible(long stored) throws Exception {
        while (InstallationSql.count(reads, VISIBLE) < stored) {
            Thread.sleep(20);
        }
    }

    /** The lives of {@code partnerships} new partnerships, numbered from {@code firstNumber}. */
    List<LoadScript> scripts(int partnerships, int firstNumber) {
        List<LoadScript> scripts = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            scripts.add(new LoadScript(firstNumber + i, people, terms));
        }
        return scripts;
    }

    /** A partner of every partnership the scripts live, who may read them on the query side. */
    String reader() {
        return people.lead();
    }

    Outcome run(int partnerships, int firstNumber) throws Exception {
        Workload workload = new Workload(scripts(partnerships, firstNumber), new LoadClient(stack.commandService()), clients, 1e9);
        long storedBefore = InstallationSql.count(commands, STORED);
        long began = System.nanoTime();
        workload.start();
        workload.open(Workload.commands(partnerships));
        workload.awaitAllowanceAnswered();
        double answered = (System.nanoTime() - began) / 1e9;
        long stored = InstallationSql.count(commands, STORED);
        awaitPublished();
        double published = (System.nanoTime() - began) / 1e9;
        awaitVisible(stored);
        double visible = (System.nanoTime() - began) / 1e9;
        if (!workload.refused().isEmpty()) {
            throw new IllegalStateException("Commands refused during the benchmark: " + workload.refused().get(0));
        }
        return new Outcome(Workload.commands(partnerships), stored - storedBefore, answered, published, visible);
    }
}
