package org.entente.cli;

import org.entente.devstack.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The battery's own statements on the installation's databases: a fault to inject, a figure to read. */
final class ChaosSql {

    private ChaosSql() {
    }

    static void execute(Database database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static long count(Database database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return count.getLong(1);
        }
    }
}
