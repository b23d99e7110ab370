package org.entente.cli.workload;

import org.entente.devstack.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The battery's and the benchmark's own statements on the installation's databases: a fault to inject, a figure to read. */
public final class InstallationSql {

    private InstallationSql() {
    }

    public static void execute(Database database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** What to do with each row of a query. */
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** The first column of the first row, a count or a figure. */
    public static long count(Database database, String sql) throws SQLException {
        long[] value = {0};
        query(database, sql, row -> value[0] = row.getLong(1));
        return value[0];
    }

    public static void query(Database database, String sql, Row each) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.read(rows);
            }
        }
    }

    public static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
