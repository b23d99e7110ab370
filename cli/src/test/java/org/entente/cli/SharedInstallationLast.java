package org.entente.cli;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

import java.util.Comparator;

/**
 * The order in which the module's integration tests are handed to the two threads that run them (the failsafe
 * configuration): the classes that start installations of their own first, those on the shared installation last,
 * each group by its {@link Order} (the longest first), then by name. One thread takes the classes from the front of
 * that order and the other from its back, so one runs the shared installation's classes one after the other while
 * the other runs the rest beside it; in alphabetical order both reached the shared installation's classes at once
 * and one of them waited. The longest of the others first, so that what is left when the shared classes are done is
 * short, and the thread they leave free takes it instead of waiting for a long one to end.
 */
class SharedInstallationLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor test) -> SharedStack.lockedBy(
                test.getTestClass())).thenComparingInt(SharedInstallationLast::order)
                .thenComparing(test -> test.getTestClass().getName()));
    }

    private static int order(ClassDescriptor test) {
        return test.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }
}
