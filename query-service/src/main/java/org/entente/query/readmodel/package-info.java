/**
 * What the writers of the read models share: the event as received, and which generation of the tables a write
 * goes to, the live one or the fresh one a replay is rebuilding beside it.
 */
package org.entente.query.readmodel;
