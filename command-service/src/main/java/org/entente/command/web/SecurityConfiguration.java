package org.entente.command.web;

import org.entente.command.ledger.PublicLedger;
import org.entente.platform.problem.ProblemSecurityHandlers;
import org.entente.platform.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every command needs a valid bearer token; open are health, the API description ({@link ServiceAccess}) and the
 * log's public reads ({@link PublicLedger}).
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return ServiceAccess.chain(http, problems, requests -> requests
                .requestMatchers(PublicLedger.READS).permitAll());
    }
}
