package org.entente.web.signin;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.time.Instant;

/** A development sign-in: the person chosen and the token minted for them with the development key. */
final class DevAuthentication extends AbstractAuthenticationToken {

    private final Person person;
    private final String token;
    private final Instant expiresAt;

    DevAuthentication(Person person, String token, Instant expiresAt) {
        super(person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.person = person;
        this.token = token;
        this.expiresAt = expiresAt;
        setAuthenticated(true);
    }

    Person person() {
        return person;
    }

    String token() {
        return token;
    }

    boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return person;
    }

    @Override
    public String getName() {
        return person.subject();
    }
}
