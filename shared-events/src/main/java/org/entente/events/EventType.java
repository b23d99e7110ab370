package org.entente.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The published identity of an event: a stable business name and the revision of its shape. Subscribers see
 * this name, never a Java class name, so classes can move without breaking the contract; a new shape means a
 * new revision and an upcaster.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String name();

    int revision();
}
