/**
 * Who is signed in: OpenID Connect with PKCE in production, or a development sign-in that mints a short-lived
 * token with the local development key when no provider is configured; the person and their token for the services.
 */
package org.entente.web.signin;
