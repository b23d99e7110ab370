/**
 * Replays without downtime (DESIGN §2, guarantee 4): the read models are rebuilt from the topic into a fresh
 * generation of tables while the live one keeps serving, then the two are compared at one consumer position and
 * swapped in one transaction. Admin only.
 */
package org.entente.query.replay;
