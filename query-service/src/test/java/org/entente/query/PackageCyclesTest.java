package org.entente.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's feature packages depend on each other one way only: a cycle makes two features one, which can
 * then be neither understood nor changed alone. What both services need (the caller, JSON, shared errors and access
 * rules) lives in {@code platform}, not in one feature that the others reach into.
 */
@AnalyzeClasses(packages = "org.entente.query", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices().matching("org.entente.query.(*)..").should()
            .beFreeOfCycles();
}
