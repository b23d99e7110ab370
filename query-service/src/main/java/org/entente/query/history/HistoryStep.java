package org.entente.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One step of a partnership's life as a person reads it: what happened, when, who acted (by subject and by the
 * name the ledger recorded, null before the ledger existed) for which institution, and the details that explain it
 * (version, rationale, reason, signatory…).
 */
record HistoryStep(long sequence, String step, Instant at, String actorId, String actorName, String institution,
                   JsonNode details) {
}
