package org.entente.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates databases on any PostgreSQL server we can administer. */
public final class Databases {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** jdbc:postgresql://host:port, then an optional /database, then optional ?options. */
    private static final Pattern SERVER_AND_OPTIONS = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/[^?]*)?(\\?.*)?");

    private Databases() {
    }

    /** Creates {@code name} on the server of {@code admin} unless it exists, and says how to reach it. */
    public static Database ensure(Database admin, String name) {
        if (!PLAIN_NAME.matcher(name).matches()) {
            // The name goes into DDL, which takes no bind parameters.
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password());
             Statement statement = connection.createStatement();
             ResultSet existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new Database(withDatabase(admin.jdbcUrl(), name), admin.username(), admin.password());
    }

    /** The same server and options, another database. */
    static String withDatabase(String jdbcUrl, String name) {
        Matcher url = SERVER_AND_OPTIONS.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return url.group(1) + "/" + name + Objects.toString(url.group(2), "");
    }
}
