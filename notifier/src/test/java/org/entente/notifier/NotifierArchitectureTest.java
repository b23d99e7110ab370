package org.entente.notifier;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The notifier is a subscriber of the public contract like any reporting service: it knows the contract and
 * nothing of the services that publish it. What a mail is owed is decided by plain functions of the events.
 */
@AnalyzeClasses(packages = "org.entente.notifier", importOptions = ImportOption.DoNotIncludeTests.class)
class NotifierArchitectureTest {

    @ArchTest
    static final ArchRule readsTheContractOnly = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.entente.command..", "org.entente.query..", "org.entente.platform..",
                    "org.entente.web..", "org.entente.ledger..", "org.axonframework..");

    @ArchTest
    static final ArchRule remindersArePureDecisions = classes().that().resideInAPackage("..notifier.reminder..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.entente.events..",
                    "org.entente.notifier.reminder..");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices().matching("org.entente.notifier.(*)..").should()
            .beFreeOfCycles();
}
