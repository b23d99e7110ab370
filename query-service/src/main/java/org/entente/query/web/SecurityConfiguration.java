package org.entente.query.web;

import jakarta.servlet.DispatcherType;
import org.entente.platform.problem.ProblemSecurityHandlers;
import org.entente.platform.security.BearerTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every query needs a valid bearer token; only health and the API description are open. */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return BearerTokens.resourceServer(http, problems)
                .authorizeHttpRequests(requests -> requests
                        // The feed's later dispatches were authorised when the stream was opened.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics tell about volumes and callers: operators only.
                        .requestMatchers("/actuator/**").hasRole("admin")
                        // Replays and retries change what everyone reads: operators only (DESIGN §6).
                        .requestMatchers("/admin/**").hasRole("admin")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .build();
    }
}
