package org.entente.query.web;

import jakarta.servlet.DispatcherType;
import org.entente.platform.problem.ProblemSecurityHandlers;
import org.entente.platform.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every query needs a valid bearer token; only health, the API description ({@link ServiceAccess}) and the
 * calendar feeds, opened by their secret, are open.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return ServiceAccess.chain(http, problems, requests -> requests
                // The feed's later dispatches were authorised when the stream was opened.
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                // A calendar feed is opened by the secret in its URL: calendar applications do not sign in.
                .requestMatchers(HttpMethod.GET, "/calendar-feeds/*.ics").permitAll());
    }
}
