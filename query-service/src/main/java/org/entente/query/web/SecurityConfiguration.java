package org.entente.query.web;

import jakarta.servlet.DispatcherType;
import org.entente.platform.problem.ProblemSecurityHandlers;
import org.entente.platform.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every query needs a valid bearer token; only health and the API description are open ({@link ServiceAccess}). */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return ServiceAccess.chain(http, problems, requests -> requests
                // The feed's later dispatches were authorised when the stream was opened.
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll());
    }
}
