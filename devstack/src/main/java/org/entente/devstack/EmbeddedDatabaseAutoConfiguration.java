package org.entente.devstack;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A throw-away database for a test that asks for one ({@code entente.database.embedded=true}) and configures no
 * URL: a real embedded PostgreSQL, with a database named after the application. Any configured URL wins. Never
 * implicit (issue 19): this module is on the services' test class path only, and a service started without a
 * database URL refuses to start (the platform's {@code DatabaseRequiredAutoConfiguration}).
 */
// Before Axon's JDBC configuration too: it looks for a DataSource bean to build the event and token stores on.
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(HikariDataSource.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank() and '${entente.database.embedded:false}' == 'true'")
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgresServer embeddedPostgresServer() {
        log.info("entente.database.embedded=true and no database URL: starting a throw-away embedded PostgreSQL");
        return PostgresServer.start();
    }

    // Pool settings (spring.datasource.hikari.*) apply to the embedded database as to any other.
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(PostgresServer embeddedPostgresServer, Environment environment) {
        String name = environment.getProperty("spring.application.name", "entente").replace('-', '_');
        Database database = embeddedPostgresServer.database(name);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        log.info("Embedded PostgreSQL database {} at {}", name, database.jdbcUrl());
        return dataSource;
    }
}
