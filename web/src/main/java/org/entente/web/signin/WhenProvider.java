package org.entente.web.signin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only with an OpenID Connect provider configured ({@code ENTENTE_OIDC_ISSUER}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("!'${entente.oidc.issuer:}'.isBlank()")
@interface WhenProvider {
}
