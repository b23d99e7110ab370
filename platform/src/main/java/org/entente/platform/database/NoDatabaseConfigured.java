package org.entente.platform.database;

/** The service was started without a database URL, and without asking for a throw-away database. */
public class NoDatabaseConfigured extends IllegalStateException {

    NoDatabaseConfigured() {
        super("No database configured: ENTENTE_DB_URL (spring.datasource.url) is empty");
    }
}
