package org.entente.web.signin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only without an OpenID Connect provider: the development sign-in and its key exist in no other case. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("'${entente.oidc.issuer:}'.isBlank()")
public @interface WhenDevelopment {
}
