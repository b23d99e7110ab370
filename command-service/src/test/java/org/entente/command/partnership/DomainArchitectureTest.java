package org.entente.command.partnership;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The decisions are pure: no Spring, no Axon, no persistence, no clock of their own. Only the thin hosts
 * (aggregate, controllers, sender, configuration) and the command records touch a framework.
 */
@AnalyzeClasses(packages = "org.entente.command.partnership", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    private static final Set<String> DECISION_LOGIC = Set.of("Decider", "Negotiation", "Signing", "LifeInForce",
            "Proposing", "Evolution", "PartnershipState", "Guards", "Agreements", "TermsRules", "TermsHash",
            "Evaluations", "Partner", "Sets", "Actor", "CommandRefused");

    private static final DescribedPredicate<JavaClass> DECISIONS = DescribedPredicate.describe("decision logic",
            javaClass -> DECISION_LOGIC.contains(javaClass.getSimpleName().replaceAll("\\$.*", ""))
                    || DECISION_LOGIC.contains(javaClass.getEnclosingClass().map(JavaClass::getSimpleName).orElse("")));

    @ArchTest
    static final ArchRule decisionsAreFrameworkFree = noClasses().that(DECISIONS).should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta.persistence..",
                    "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule decisionsTakeTheTimeTheyAreGiven = noClasses().that(DECISIONS).should()
            .callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");
}
