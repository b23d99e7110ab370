package org.entente.query.vault;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method: the commitments in its JSON answer are opened for the caller ({@link OpenedInAnswers}).
 * A value the vault does not open for them (erased, or not theirs to read) stays the commitment's text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpensPersonalValues {
}
