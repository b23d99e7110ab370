package org.entente.cli;

import java.util.List;

/** The write endpoints of a partnership, each with a body that is valid, so that only authority can refuse it. */
final class AttackBodies {

    /** A write endpoint: its path under the partnership, and a valid body. */
    record Write(String path, String body) {
    }

    private static final String HASH = "sha256:" + "0".repeat(64);

    private AttackBodies() {
    }

    static List<Write> ofAPartnership() {
        return List.of(
                new Write("/acceptance", null),
                new Write("/declination", "{\"reason\":\"Pas d'équipe\"}"),
                new Write("/terms", "{\"baseVersion\":1,\"rationale\":\"Autre version\",\"terms\":"
                        + terms() + "}"),
                new Write("/terms/1/approvals", "{\"termsHash\":\"" + HASH + "\"}"),
                new Write("/terms/1/rejections", "{\"reason\":\"Non\"}"),
                new Write("/signatures", "{\"termsHash\":\"" + HASH + "\",\"capacity\":\"Directrice\"}"),
                new Write("/evaluations", "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\","
                        + "\"measurements\":[{\"indicator\":\"x\",\"value\":1}],\"findings\":\"Bien\",\"rating\":3,"
                        + "\"recommendations\":[\"Continuer\"]}"),
                new Write("/amendments", "{\"reason\":\"Avenant\"}"),
                new Write("/withdrawals", "{\"reason\":\"Départ\"}"),
                new Write("/dissolution", "{\"reason\":\"MUTUAL_AGREEMENT\",\"details\":\"Fin\"}"),
                new Write("/abandonment", "{\"reason\":\"Abandon\"}"));
    }

    static String terms() {
        try {
            return Attack.JSON.readTree(Attack.proposalBody("ccas-metz", "caf-57")).get("terms").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
