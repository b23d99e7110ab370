package org.entente.cli.backup;

import org.entente.devstack.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until the command service has kept the calendars of the restored partnerships: the rebuild that the load
 * planned has run, and its row has left the schedule. The scheduler looks for due tasks every few seconds (10 by
 * default), so this takes up to that long, or longer on an installation of many partnerships.
 */
final class CalendarRebuild {

    private static final String PLANNED = "SELECT count(*), max(consecutive_failures), max(last_failure)::text "
            + "FROM scheduled_tasks WHERE task_name = ?";

    private CalendarRebuild() {
    }

    static void await(Database command, Duration timeout) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection connection = DriverManager.getConnection(command.jdbcUrl(), command.username(),
                command.password()); PreparedStatement planned = connection.prepareStatement(PLANNED)) {
            planned.setString(1, EventStoreLoad.CALENDAR_REBUILD);
            while (true) {
                try (ResultSet row = planned.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                    if (!Instant.now().isBefore(deadline)) {
                        throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for command-service "
                                + "to keep the restored partnerships' calendars; the rebuild is still planned ("
                                + row.getInt(2) + " failed attempts, the last at " + row.getString(3) + ")");
                    }
                }
                Thread.sleep(500);
            }
        }
    }
}
