/**
 * The write side of the verifiable ledger: every event stored gets its chain hash and its leaf in the Merkle log
 * in the transaction that stores it, and carries both in its metadata, so that a record published again after a
 * crash carries the same ones.
 */
package org.entente.command.ledger;
