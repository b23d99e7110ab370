package org.entente.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Map;

/**
 * The person behind a request, as their token says: who they are, for which institution, in which roles. Both
 * services read the same token the same way; what each then allows is theirs.
 */
public record Caller(String subject, String name, String institutionId, List<String> roles) {

    public static Caller of(Authentication authentication) {
        Jwt jwt = ((JwtAuthenticationToken) authentication).getToken();
        List<String> roles = jwt.getClaimAsStringList(BearerTokens.ROLES_CLAIM);
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("institution_id"),
                roles == null ? List.of() : List.copyOf(roles));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Partners, signatories and auditors read partnerships; reporters and operators see reports only. */
    public boolean readsPartnerships() {
        return hasRole("auditor") || hasRole("partner") || hasRole("signatory");
    }

    /** What every event caused by this caller records about them, for the audit trail. */
    public Map<String, String> asMetaData() {
        return Map.of(
                "actorId", subject,
                "actorName", name == null ? subject : name,
                "actorInstitution", institutionId == null ? "" : institutionId);
    }
}
