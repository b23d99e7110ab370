package org.entente.cli;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import picocli.CommandLine.Command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The command line is a set of features that reach each other only through what they expose (their public
 * classes) and only in one direction, so that a newcomer can read one feature without the others: the battery
 * and the benchmark build on the workload, which builds on the launcher; nothing builds on the battery.
 */
@AnalyzeClasses(packages = "org.entente.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule featuresDependInOneDirection = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("entry").definedBy("org.entente.cli")
            .layer("launcher").definedBy("org.entente.cli.launcher..")
            .layer("demo").definedBy("org.entente.cli.demo..")
            .layer("backup").definedBy("org.entente.cli.backup..")
            .layer("verify").definedBy("org.entente.cli.verify..")
            .layer("workload").definedBy("org.entente.cli.workload..")
            .layer("chaos").definedBy("org.entente.cli.chaos..")
            .layer("bench").definedBy("org.entente.cli.bench..")
            .layer("mail").definedBy("org.entente.cli.mail..")
            .whereLayer("entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("chaos").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("backup").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("workload").mayOnlyBeAccessedByLayers("entry", "chaos", "bench")
            .whereLayer("verify").mayOnlyBeAccessedByLayers("entry", "workload")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("launcher", "backup")
            .whereLayer("mail").mayOnlyBeAccessedByLayers("entry", "launcher")
            .whereLayer("launcher").mayOnlyBeAccessedByLayers("entry", "backup", "workload", "chaos", "bench");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("org.entente.cli.(*)..").should()
            .beFreeOfCycles();

    /** Each subcommand is its feature's public entry point, and lives in the feature, not beside the dispatcher. */
    @ArchTest
    static final ArchRule commandsArePublicEntryPointsOfTheirFeature = classes().that()
            .areAnnotatedWith(Command.class).and().doNotHaveFullyQualifiedName(Entente.class.getName())
            .should().haveModifier(JavaModifier.PUBLIC)
            .andShould().resideInAnyPackage("org.entente.cli.*..");

    /** Only the dispatcher lives at the top: a class added there belongs to no feature. */
    @ArchTest
    static final ArchRule nothingButTheDispatcherAtTheTop = classes().that().resideInAPackage("org.entente.cli")
            .should().haveFullyQualifiedName(Entente.class.getName())
            .orShould().haveSimpleName("package-info");
}
