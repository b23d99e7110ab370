package org.entente.devstack;

import java.util.List;

/** Who a development token speaks for: a person of an institution, with their Entente roles. */
public record TokenClaims(
        String issuer,
        String audience,
        String subject,
        String name,
        String institutionId,
        List<String> roles) {

    public static TokenClaims of(String subject, String name, String institutionId, List<String> roles) {
        return new TokenClaims(DevSigningKey.ISSUER, DevSigningKey.AUDIENCE, subject, name, institutionId, roles);
    }
}
