package org.entente.command.web;

import org.entente.command.ledger.PublicLedger;
import org.entente.platform.problem.ProblemSecurityHandlers;
import org.entente.platform.security.BearerTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every command needs a valid bearer token; open are health, the API description and the log's public reads
 * ({@link PublicLedger}).
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return BearerTokens.resourceServer(http, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics tell about volumes and callers: operators only.
                        .requestMatchers("/actuator/**").hasRole("admin")
                        .requestMatchers("/admin/**").hasRole("admin")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(PublicLedger.READS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .build();
    }
}
