package org.entente.cli;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real OpenID Connect provider in the test JVM (Spring Authorization Server), on {@code 127.0.0.1} so that its
 * cookies are not the web application's ({@code localhost}). It knows one client, Entente's web application, and one
 * person, whose tokens carry what Entente reads: {@code institution_id}, {@code institution_name}, {@code name} and
 * {@code roles}; the access tokens are for Entente's services ({@code aud} "entente", as an audience mapper of a
 * production provider would add). It records each path it was asked for, so that a test can tell where the browser
 * went.
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "entente-web";
    static final String CLIENT_SECRET = "a-client-secret-for-the-test";
    static final String USERNAME = "claire.martin";
    static final String PASSWORD = "a-password-for-the-test";
    static final String NAME = "Claire Martin";
    static final String INSTITUTION = "ccas-metz";
    static final String INSTITUTION_NAME = "CCAS de Metz";
    static final String END_SESSION = "/connect/logout";

    private final ConfigurableApplicationContext context;
    private final URI issuer;
    private final List<String> requested;

    private OidcProvider(ConfigurableApplicationContext context, URI issuer, List<String> requested) {
        this.context = context;
        this.issuer = issuer;
        this.requested = requested;
    }

    /** Listens on {@code port}; signing in returns to, and signing out ends at, the web application at {@code web}. */
    static OidcProvider start(int port, URI web) {
        URI issuer = URI.create("http://127.0.0.1:" + port);
        List<String> requested = new CopyOnWriteArrayList<>();
        SpringApplication application = new SpringApplication(Provider.class);
        application.setBannerMode(Banner.Mode.OFF);
        // Every endpoint is a filter of Spring Security's; Tomcat runs filters only on a request some servlet is
        // mapped to, and without Spring MVC there is none unless its default servlet is registered.
        application.setDefaultProperties(Map.of("server.port", port, "server.address", "127.0.0.1",
                "server.servlet.register-default-servlet", true));
        application.addInitializers(starting -> {
            starting.getBeanFactory().registerSingleton("addresses", new Addresses(issuer, web));
            starting.getBeanFactory().registerSingleton("trail", new Trail(requested));
        });
        return new OidcProvider(application.run(), issuer, requested);
    }

    URI issuer() {
        return issuer;
    }

    /** The paths the provider was asked for, in order. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's address and the web application's. */
    record Addresses(URI issuer, URI web) {
    }

    /** Where the provider records the paths it is asked for. */
    record Trail(List<String> paths) {
    }

    /** The authorization server's endpoints (OpenID Connect's included), its sign-in form, its client and person. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration(ServletWebServerFactoryAutoConfiguration.class)
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // A browser asking to be authorized before signing in is shown the sign-in form.
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(
                            new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(User.withUsername(USERNAME).password("{noop}" + PASSWORD)
                    .roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients(Addresses addresses) {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(addresses.web().resolve("/login/oauth2/code/entente").toString())
                    .postLogoutRedirectUri(addresses.web().resolve("/").toString())
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> ententeClaims() {
            return context -> {
                context.getClaims().claim("institution_id", INSTITUTION).claim("institution_name", INSTITUTION_NAME)
                        .claim("name", NAME)
                        .claim("roles", List.of("partner", "signatory"));
                if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    context.getClaims().audience(List.of("entente"));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID("test-provider").build()));
        }

        /** For the user-info endpoint, which reads the access token it is given. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings(Addresses addresses) {
            return AuthorizationServerSettings.builder().issuer(addresses.issuer().toString()).build();
        }

        /** Before any other filter: every path asked for, signed in or not. */
        @Bean
        FilterRegistrationBean<Filter> recordRequests(Trail trail) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                trail.paths().add(((HttpServletRequest) request).getRequestURI());
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
