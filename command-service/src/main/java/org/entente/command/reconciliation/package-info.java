/**
 * What the event store holds, per partnership, for the reconciliation the query side runs: the source of truth
 * the topic and the read models are compared with.
 */
package org.entente.command.reconciliation;
