package org.entente.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a partnership's life as a person reads it: what happened, when it was recorded ({@code at}) and, for
 * a step of an imported convention, the day it really took effect ({@code effectiveDate}, null otherwise), who acted
 * (by subject and by the name the ledger recorded, null before the ledger existed) for which institution, and the
 * details that explain it (version, rationale, reason, signatory…).
 */
record HistoryStep(long sequence, String step, Instant at, LocalDate effectiveDate, String actorId, String actorName,
                   String institution, JsonNode details) {
}
