package org.entente.cli;

import org.entente.cli.EntenteCommand.Run;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 2, as deployed: {@code ./entente reconcile} compares the event store with the topic and
 * the read models through query-service's {@code GET /admin/reconciliation}, exits 0 when they agree, and names
 * every difference (here an event the read models hold and the store never had) with exit code 1.
 */
@ResourceLock(SharedStack.LOCK)
class ReconcileIT {

    @Test
    void reconcile_saysConsistent_thenNamesADifference_andExitsOne() throws Exception {
        Stack stack = SharedStack.get();
        Attack.get();
        Run consistent = awaitExit(stack, 0);
        assertThat(consistent.output()).contains("consistent").contains("events stored");

        String foreign = UUID.randomUUID().toString();
        Database reads = Databases.ensure(stack.adminDatabase(), "entente_query");
        execute(reads, "INSERT INTO partnership_event (event_id, partnership_id, sequence, type, occurred_at, data) "
                + "VALUES ('" + UUID.randomUUID() + "', '" + foreign + "', 0, 'PartnershipProposed', now(), '{}')");
        try {
            Run different = reconcile(stack);
            assertThat(different.code()).as(different.output()).isEqualTo(1);
            assertThat(different.output()).contains("NOT CONSISTENT").contains("UNKNOWN_IN_READ_MODELS")
                    .contains(foreign);
        } finally {
            execute(reads, "DELETE FROM partnership_event WHERE partnership_id = '" + foreign + "'");
        }
        awaitExit(stack, 0);
    }

    /** Events other tests send may be in flight for a moment: the answer wanted comes within 60 s. */
    private static Run awaitExit(Stack stack, int code) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Run run = reconcile(stack);
        while (run.code() != code && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            run = reconcile(stack);
        }
        assertThat(run.code()).as(run.output()).isEqualTo(code);
        return run;
    }

    private static Run reconcile(Stack stack) throws Exception {
        Path output = Files.createTempFile("reconcile-", ".log");
        try {
            return EntenteCommand.of(output, "reconcile", "--query-port",
                    Integer.toString(stack.queryService().getPort())).home(stack.settings().dataDirectory())
                    .run(Duration.ofMinutes(2));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void execute(Database database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
