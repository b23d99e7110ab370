package org.entente.devstack;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseAutoConfigurationIT {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                    DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.application.name=probe-service");

    @Test
    void askedFor_withoutADatabaseUrl_aServiceGetsARealEmbeddedPostgres_withADatabaseNamedAfterIt() {
        context.withPropertyValues("entente.database.embedded=true",
                        "spring.datasource.hikari.connection-init-sql=SET statement_timeout = '7s'")
                .run(started -> {
                    JdbcTemplate jdbc = new JdbcTemplate(started.getBean(DataSource.class));

                    assertThat(started).hasSingleBean(PostgresServer.class);
                    assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
                            .isEqualTo("probe_service");
                    assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("7s");
                });
    }

    @Test
    void aConfiguredUrl_wins() {
        Database configured = TestInfrastructure.shared().freshDatabase("configured");

        context.withPropertyValues("entente.database.embedded=true", "spring.datasource.url=" + configured.jdbcUrl(),
                        "spring.datasource.username=" + configured.username(),
                        "spring.datasource.password=" + configured.password())
                .run(started -> {
                    assertThat(started).doesNotHaveBean(PostgresServer.class);
                    assertThat(new JdbcTemplate(started.getBean(DataSource.class))
                            .queryForObject("SELECT current_database()", String.class))
                            .startsWith("configured_");
                });
    }

    @Test
    void notAskedFor_noEmbeddedDatabaseStarts() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class))
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(PostgresServer.class)
                        .doesNotHaveBean(DataSource.class));
    }
}
