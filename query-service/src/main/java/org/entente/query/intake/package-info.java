/**
 * How a record of the partnership topic enters the read models: decoded through the published contract,
 * recognised when delivered again, applied to the event log and the partnership view in one transaction, or parked
 * with its error when it cannot be applied. The live consumer, replays and retries all enter through here.
 */
package org.entente.query.intake;
