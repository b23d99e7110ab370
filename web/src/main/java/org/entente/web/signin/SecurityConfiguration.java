package org.entente.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * What every page shares, whichever way people sign in: every page but the sign-in and the assets needs a
 * signed-in person; every form carries a CSRF token as a hidden field, which Thymeleaf adds to each {@code th:action}
 * form (htmx only reads, with GET, so it sends none and needs none: {@code HtmxOnlyReadsTest}); session cookies are
 * {@code HttpOnly} and {@code SameSite=Lax}, and {@code Secure} when the request came over TLS (application.yaml).
 */
@Configuration
class SecurityConfiguration {

    static final String[] PUBLIC = {"/signin", "/signin/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/error", "/language",
            // Calendar applications read a feed by the secret in its address; they do not sign in.
            "/calendrier/*.ics"};

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** {@code formTargets}: origins besides our own that a form may lead to, through its redirects included. */
    static void common(HttpSecurity http, SecurityContextRepository contexts, String formTargets) throws Exception {
        String formAction = ("'self' " + formTargets).strip();
        http.authorizeHttpRequests(SecurityConfiguration::rules)
                .securityContext(context -> context.securityContextRepository(contexts))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action "
                                + formAction))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated();
    }

    /** Without a provider: the development sign-in, and a token that expires sends the person back to it. */
    @Configuration
    @WhenDevelopment
    static class Development {

        @Bean
        SecurityFilterChain developmentSignIn(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
            common(http, contexts, "");
            http.exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInEntryPoint("/signin")))
                    .addFilterAfter(new ExpiredDevToken(contexts),
                            org.springframework.security.web.context.SecurityContextHolderFilter.class)
                    .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"));
            return http.build();
        }
    }

    /**
     * With a provider: authorization code with PKCE, and sign-out at the provider too, whose end-session endpoint
     * the sign-out form's redirect reaches: so its origin is in {@code form-action}, or the browser stops there.
     */
    @Configuration
    @WhenProvider
    static class Production {

        @Bean
        SecurityFilterChain openIdConnect(HttpSecurity http, SecurityContextRepository contexts,
                                          OidcClient client) throws Exception {
            common(http, contexts, client.signOutOrigin().orElse(""));
            http.oauth2Login(login -> login.loginPage(OidcClient.AUTHORIZATION_PATH)
                            .authorizationEndpoint(endpoint -> endpoint
                                    .authorizationRequestResolver(client.pkceRequests()))
                            .defaultSuccessUrl("/", false))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(
                            new SignInEntryPoint(OidcClient.AUTHORIZATION_PATH)))
                    .oauth2Client(Customizer.withDefaults())
                    .logout(logout -> logout.logoutUrl("/signout").logoutSuccessHandler(client.logoutAtProvider()));
            return http.build();
        }
    }
}
