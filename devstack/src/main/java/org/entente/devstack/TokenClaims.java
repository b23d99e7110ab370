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

    /**
     * A development person's subject from their name, the same for the seed player and the development sign-in,
     * so that the steps one plays show as the other's: letters without their accents, words joined by hyphens
     * ({@code Léa Schmitt} is {@code lea-schmitt}).
     */
    public static String subjectOf(String name) {
        String unaccented = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
