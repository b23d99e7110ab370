package org.entente.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web application reaches the record only through the services' HTTP APIs, as the signed-in person: no
 * database, no broker, and only the {@code api} package speaks HTTP to the services.
 */
@AnalyzeClasses(packages = "org.entente.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule neverTheServicesDatabasesOrBroker = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.apache.kafka..",
                    "org.axonframework..", "org.entente.command..", "org.entente.query..");

    /** Every HTTP client of the JDK and of Spring, with no exemption: the live feed's stream included. */
    @ArchTest
    static final ArchRule onlyTheApiPackageCallsTheServices = noClasses().that()
            .resideOutsideOfPackage("org.entente.web.api..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..",
                    "org.springframework.web.reactive.function.client..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection");
}
