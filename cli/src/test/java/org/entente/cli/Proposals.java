package org.entente.cli;

import org.openqa.selenium.By;

import java.util.function.BiConsumer;

/** The forms of the journeys, filled in as a coordinator would. */
final class Proposals {

    private Proposals() {
    }

    /** Proposes the partnership through the four steps of the guided form; answers its id. */
    static String propose(Browser claire, String title, String territory, BiConsumer<Browser, String> check) {
        claire.click(By.linkText("Proposer un partenariat"))
                .type(By.id("title"), title)
                .type(By.id("purpose"), "Ouvrir un accueil de loisirs le mercredi pour les 6-11 ans")
                .select(By.id("type"), "PROJECT").select(By.id("legalBasisKind"), "CONTRAT_ENFANCE_JEUNESSE")
                .select(By.id("territoryLevel"), "NEIGHBOURHOOD").type(By.id("territoryName"), territory)
                .type(By.id("leadName"), "CCAS de Metz").select(By.id("leadKind"), "LOCAL_AUTHORITY");
        check.accept(claire, "propose-identity");
        claire.click(By.id("next"))
                .type(By.name("invitations[0].institutionId"), "caf-57")
                .type(By.name("invitations[0].name"), "CAF de la Moselle")
                .select(By.name("invitations[0].kind"), "SOCIAL_SECURITY_FUND")
                .select(By.name("invitations[0].role"), "FUNDER")
                .type(By.name("invitations[1].institutionId"), "ligue-57")
                .type(By.name("invitations[1].name"), "Ligue de l’Enseignement 57")
                .select(By.name("invitations[1].kind"), "ASSOCIATION")
                .select(By.name("invitations[1].role"), "OPERATOR");
        check.accept(claire, "propose-partners");
        claire.click(By.id("next"))
                .type(By.id("terms-o0"), "Accueillir 30 enfants chaque mercredi")
                .type(By.id("terms-o0-i0-name"), "enfants").type(By.id("terms-o0-i0-unit"), "enfants")
                .type(By.id("terms-o0-i0-baseline"), "0").type(By.id("terms-o0-i0-target"), "30")
                .type(By.id("terms-c0-inst"), "caf-57").select(By.id("terms-c0-kind"), "FUNDING")
                .type(By.id("terms-c0-desc"), "Prestation de service").type(By.id("terms-c0-amount"), "20000")
                .type(By.id("terms-steeringCommittee"), "Un élu et un agent par partenaire")
                .type(By.id("terms-meetingFrequency"), "trimestrielle").type(By.id("terms-decisionRule"), "consensus")
                .set(By.id("terms-start"), "2027-01-01").set(By.id("terms-end"), "2029-12-31")
                .type(By.id("terms-evaluationFrequency"), "annuelle");
        check.accept(claire, "propose-terms");
        claire.click(By.id("next"));
        check.accept(claire, "propose-review");
        claire.click(By.id("next")).awaitText("Ce que vous pouvez faire");
        String path = claire.currentPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static void evaluate(Browser person) {
        person.set(By.id("periodStart"), "2027-01-01").set(By.id("periodEnd"), "2027-12-31")
                .type(By.id("measurement-0"), "24")
                .type(By.id("findings"), "24 enfants accueillis ; le comité s’est réuni chaque trimestre.")
                .type(By.id("rating"), "4")
                .type(By.id("recommendations"), "Ouvrir une deuxième salle");
    }
}
