/** Retried requests: an {@code Idempotency-Key} makes a retry return the first outcome and append nothing. */
package org.entente.command.idempotency;
