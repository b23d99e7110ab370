package org.entente.command.partnership;

import java.util.Map;

/** Proposal bodies as a client would send them, for tests. */
public final class Proposals {

    private Proposals() {
    }

    /** A contrat Enfance Jeunesse led by a CCAS with the CAF funding and an association operating. */
    public static String enfanceJeunesse(String leadId, String cafId, String associationId) {
        return """
                {
                  "title": "Contrat Enfance Jeunesse Metz-Nord",
                  "purpose": "Develop childcare and leisure for children aged 0 to 17 in the northern districts",
                  "type": "PROJECT",
                  "legalBasis": {"kind": "CONTRAT_ENFANCE_JEUNESSE", "reference": "CEJ-57-2026-014"},
                  "territory": {"level": "MUNICIPALITY", "name": "Metz", "code": "57463"},
                  "lead": {"name": "CCAS de Metz", "kind": "LOCAL_AUTHORITY"},
                  "invitations": [
                    {"institutionId": "%2$s", "name": "CAF de la Moselle", "kind": "SOCIAL_SECURITY_FUND", "role": "FUNDER"},
                    {"institutionId": "%3$s", "name": "Ligue de l'Enseignement 57", "kind": "ASSOCIATION", "role": "OPERATOR"}
                  ],
                  "terms": {
                    "objectives": [{
                      "statement": "Open 40 new places in leisure centres",
                      "indicators": [{"name": "places", "unit": "places", "baseline": 120, "target": 160}]
                    }],
                    "contributions": [
                      {"institutionId": "%2$s", "kind": "FUNDING", "description": "Prestation de service enfance jeunesse", "amountEur": 180000.00, "schedule": "yearly"},
                      {"institutionId": "%3$s", "kind": "STAFF", "description": "Animators", "fte": 4.5},
                      {"institutionId": "%1$s", "kind": "PREMISES", "description": "Two municipal leisure centres", "amountEur": 35000}
                    ],
                    "governance": {"steeringCommittee": "One elected member and one officer per partner", "meetingFrequency": "quarterly", "decisionRule": "consensus"},
                    "duration": {"start": "2026-01-01", "end": "2029-12-31", "renewal": "EXPLICIT", "noticePeriodDays": 90},
                    "evaluationPlan": {"frequency": "yearly", "criteria": ["attendance", "families reached"]}
                  }
                }
                """.formatted(leadId, cafId, associationId);
    }

    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
