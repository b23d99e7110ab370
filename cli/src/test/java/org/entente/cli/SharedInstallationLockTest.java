package org.entente.cli;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The module's integration tests run two classes at a time in one JVM; a class that reaches the shared installation,
 * itself or through a helper such as {@link Attack}, must hold its lock, or it would run beside another class on the
 * same installation (see {@link SharedStack}).
 */
@AnalyzeClasses(packages = "org.entente.cli", importOptions = ImportOption.OnlyIncludeTests.class)
class SharedInstallationLockTest {

    @ArchTest
    static final ArchRule aClassOnTheSharedInstallationHoldsItsLock = classes().that().haveSimpleNameEndingWith("IT")
            .and(reachTheSharedInstallation()).should(holdItsLock());

    private static DescribedPredicate<JavaClass> reachTheSharedInstallation() {
        return DescribedPredicate.describe("reach the shared installation", test -> test
                .getTransitiveDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                .anyMatch(target -> target.isEquivalentTo(SharedStack.class)));
    }

    private static ArchCondition<JavaClass> holdItsLock() {
        return new ArchCondition<>("hold @ResourceLock(SharedStack.LOCK)") {
            @Override
            public void check(JavaClass test, ConditionEvents events) {
                boolean holds = SharedStack.lockedBy(test.reflect());
                events.add(new SimpleConditionEvent(test, holds, test.getName() + " uses the shared installation "
                        + (holds ? "and holds" : "without holding") + " @ResourceLock(SharedStack.LOCK)"));
            }
        };
    }
}
