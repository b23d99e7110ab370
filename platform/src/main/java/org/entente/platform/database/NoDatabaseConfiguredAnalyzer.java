package org.entente.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" report: what is missing, what to set. */
class NoDatabaseConfiguredAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfigured cause) {
        return new FailureAnalysis("This service keeps its data in PostgreSQL and was started without a database "
                + "URL: ENTENTE_DB_URL is not set. It refuses to start rather than accept commands it could not keep.",
                "Set ENTENTE_DB_URL to the service's PostgreSQL database (jdbc:postgresql://host:5432/name), with "
                        + "ENTENTE_DB_USER and ENTENTE_DB_PASSWORD. On a development machine, ./entente up starts a "
                        + "local PostgreSQL and the services for you.", cause);
    }
}
