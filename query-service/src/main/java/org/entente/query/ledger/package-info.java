/**
 * The query side as a monitor of the verifiable ledger: it rebuilds the log of all events from the records it
 * consumed, checks every checkpoint published on the checkpoint topic against it (signature, root, consistency
 * with the one before), raises an alarm on any mismatch, and verifies a partnership's chain and leaves for its
 * auditors.
 */
package org.entente.query.ledger;
