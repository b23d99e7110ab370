/**
 * Reconciliation: the event store, the source of truth, compared with what the topic and the read models hold,
 * partnership by partnership, for operators to run at any time ({@code GET /admin/reconciliation}).
 */
package org.entente.query.reconciliation;
