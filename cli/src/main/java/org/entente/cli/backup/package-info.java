/**
 * {@code ./entente backup} and {@code restore}: the event store, the idempotency records and the keys, read in one
 * consistent transaction into a checked archive, and loaded back into an empty installation that then catches up.
 */
package org.entente.cli.backup;
