package org.entente.web.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The person signed in on this request and the bearer token to call the services with: theirs, never one of
 * the application's own, so that every rule and authorization stays with the services.
 */
@Component
public class SignedIn {

    private final OidcSettings oidc;
    private final ObjectProvider<OAuth2AuthorizedClientManager> clients;

    SignedIn(OidcSettings oidc, ObjectProvider<OAuth2AuthorizedClientManager> clients) {
        this.oidc = oidc;
        this.clients = clients;
    }

    /** The signed-in person, or null on a public page. */
    public Person personOrNull() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof DevAuthentication dev) {
            return dev.person();
        }
        if (authentication instanceof OAuth2AuthenticationToken oauth && oauth.getPrincipal() instanceof OidcUser user) {
            return fromClaims(user);
        }
        return null;
    }

    public Person person() {
        Person person = personOrNull();
        if (person == null) {
            throw new IllegalStateException("No one is signed in");
        }
        return person;
    }

    /** The person's current access token; the provider's is refreshed by Spring's client manager when due. */
    public String token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof DevAuthentication dev) {
            return dev.token();
        }
        if (authentication instanceof OAuth2AuthenticationToken oauth) {
            OAuth2AuthorizedClient client = clients.getObject().authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(oauth.getAuthorizedClientRegistrationId()).principal(oauth).build());
            if (client != null) {
                return client.getAccessToken().getTokenValue();
            }
        }
        throw new IllegalStateException("No token for this request");
    }

    private Person fromClaims(OidcUser user) {
        Object name = user.getClaims().getOrDefault(oidc.nameClaim(), user.getSubject());
        Object institution = user.getClaims().get(oidc.institutionClaim());
        Object institutionName = user.getClaims().get(oidc.institutionNameClaim());
        return new Person(user.getSubject(), String.valueOf(name), institution == null ? null : institution.toString(),
                roles(user.getClaims().get(oidc.rolesClaim())), institutionName == null ? null
                : institutionName.toString());
    }

    /** Roles come as a list or as one space- or comma-separated string, depending on the provider. */
    static Set<String> roles(Object claim) {
        Set<String> roles = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> roles.add(String.valueOf(value)));
        } else if (claim != null) {
            roles.addAll(List.of(claim.toString().trim().split("[\\s,]+")));
        }
        roles.remove("");
        return roles;
    }
}
