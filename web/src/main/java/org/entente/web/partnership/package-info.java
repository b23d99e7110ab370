/**
 * A partnership's page and every lifecycle step as a form: offered only when the state and the person's roles
 * allow it, sent to the command side with the version the person saw and an idempotency key.
 */
package org.entente.web.partnership;
