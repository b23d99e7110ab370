package org.entente.cli.backup;

import org.entente.devstack.Database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A load into a database, all of it or nothing: committed when the work ends, rolled back when it fails. */
final class OneTransaction {

    @FunctionalInterface
    interface Work {
        void in(Connection connection) throws SQLException, IOException;
    }

    private OneTransaction() {
    }

    static void run(Database database, Work work) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            connection.setAutoCommit(false);
            try {
                work.in(connection);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
