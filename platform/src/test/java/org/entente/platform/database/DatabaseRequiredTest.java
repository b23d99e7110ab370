package org.entente.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, requirement 1: without a database URL, and without asking for a throw-away one, no start. */
class DatabaseRequiredTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DatabaseRequiredAutoConfiguration.class));

    @Test
    void withoutADatabaseUrl_theServiceRefusesToStart_sayingWhatToSet() {
        context.withBean("needsTheDatabase", String.class, () -> "needs",
                definition -> definition.setDependsOn("dataSource")).run(started -> {
            assertThat(started).hasFailed();
            NoDatabaseConfigured cause = rootCause(started.getStartupFailure());
            FailureAnalysis analysis = new NoDatabaseConfiguredAnalyzer().analyze(started.getStartupFailure());

            assertThat(cause).hasMessageContaining("ENTENTE_DB_URL");
            assertThat(analysis.getDescription()).contains("started without a database URL: ENTENTE_DB_URL is not set");
            assertThat(analysis.getAction()).contains("Set ENTENTE_DB_URL", "ENTENTE_DB_USER", "./entente up");
        });
    }

    @Test
    void aConfiguredUrl_orTheExplicitChoiceOfAThrowAwayDatabase_leavesTheDataSourceToOthers() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/entente")
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(DataSource.class));
        context.withPropertyValues("entente.database.embedded=true")
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(DataSource.class));
    }

    private static NoDatabaseConfigured rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof NoDatabaseConfigured)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a NoDatabaseConfigured in %s", failure).isNotNull();
        return (NoDatabaseConfigured) cause;
    }
}
