package org.entente.platform.security;

import org.entente.platform.problem.ProblemSecurityHandlers;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The access rules both services share, after each one's own: health and the API description are open, metrics
 * and administration are for operators ({@code admin}), and everything else needs a valid bearer token.
 */
public final class ServiceAccess {

    private ServiceAccess() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, ProblemSecurityHandlers problems,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> own)
            throws Exception {
        return BearerTokens.resourceServer(http, problems)
                .authorizeHttpRequests(requests -> {
                    own.customize(requests);
                    requests.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info").permitAll()
                            // Metrics tell about volumes and callers: operators only.
                            .requestMatchers("/actuator/**").hasRole("admin")
                            // Replays, retries and reconciliation touch what everyone reads (DESIGN §6).
                            .requestMatchers("/admin/**").hasRole("admin")
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                            .requestMatchers("/error").permitAll()
                            .anyRequest().authenticated();
                })
                .build();
    }
}
