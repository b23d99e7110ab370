package org.entente.platform.database;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * A service that keeps data refuses to start without a database URL (issue 19): a deployment that forgot
 * {@code ENTENTE_DB_URL} would otherwise acknowledge commands it cannot keep. The only other choice is explicit,
 * {@code entente.database.embedded=true}, which the tests make with the development stack on their class path;
 * {@code ./entente up} starts PostgreSQL itself and hands the services its URL.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank() and '${entente.database.embedded:false}' != 'true'")
public class DatabaseRequiredAutoConfiguration {

    /** In place of the pool Spring Boot would fail to configure: whatever needs the database fails, with why. */
    @Bean
    DataSource dataSource() {
        throw new NoDatabaseConfigured();
    }
}
