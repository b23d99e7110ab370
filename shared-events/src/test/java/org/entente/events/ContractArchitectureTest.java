package org.entente.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contract is read by subscribers in any language and stack: it depends on no framework. */
@AnalyzeClasses(packages = "org.entente.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule noFramework = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.axonframework..", "jakarta.persistence..", "java.sql..", "javax.sql..",
            "com.fasterxml.jackson..");
}
