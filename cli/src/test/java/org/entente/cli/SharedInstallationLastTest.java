package org.entente.cli;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The order the two threads take the integration tests in: own installations first, the longest first. */
class SharedInstallationLastTest {

    @Test
    void ownInstallationsFirst_theLongestFirst_thenTheSharedInstallationsClasses_byName() {
        List<ClassDescriptor> classes = Stream.of(StatusIT.class, ChaosBatteryIT.class, MisconfiguredServiceIT.class,
                BackupRestoreIT.class, AccessAttackIT.class, StopsAndStartsIT.class).map(Described::new)
                .map(ClassDescriptor.class::cast).collect(Collectors.toCollection(ArrayList::new));

        new SharedInstallationLast().orderClasses(new Context(classes));

        assertThat(classes).extracting(ClassDescriptor::getTestClass).containsExactly(BackupRestoreIT.class,
                StopsAndStartsIT.class, ChaosBatteryIT.class, MisconfiguredServiceIT.class, AccessAttackIT.class,
                StatusIT.class);
    }

    private record Context(List<ClassDescriptor> getClassDescriptors) implements ClassOrdererContext {

        @Override
        public Optional<String> getConfigurationParameter(String key) {
            return Optional.empty();
        }
    }

    private record Described(Class<?> getTestClass) implements ClassDescriptor {

        @Override
        public String getDisplayName() {
            return getTestClass.getSimpleName();
        }

        @Override
        public boolean isAnnotated(Class<? extends Annotation> type) {
            return AnnotationSupport.isAnnotated(getTestClass, type);
        }

        @Override
        public <A extends Annotation> Optional<A> findAnnotation(Class<A> type) {
            return AnnotationSupport.findAnnotation(getTestClass, type);
        }

        @Override
        public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> type) {
            return AnnotationSupport.findRepeatableAnnotations(getTestClass, type);
        }
    }
}
