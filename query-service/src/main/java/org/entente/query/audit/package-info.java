/** The audit trail: every event received, once, with its metadata, exportable as JSON, JSON Lines or CSV. */
package org.entente.query.audit;
