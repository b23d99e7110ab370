/**
 * The verifiable ledger, framework-free: each event's canonical envelope and the hash chain of a partnership
 * ({@link org.entente.ledger.Envelope}, {@link org.entente.ledger.Chain}); the one append-only Merkle log of all
 * events with RFC 9162 hashing and proofs ({@link org.entente.ledger.MerkleLog}, {@link org.entente.ledger.Proofs});
 * checkpoints in the C2SP {@code tlog-checkpoint} format inside {@code signed-note}s with Ed25519
 * ({@link org.entente.ledger.Checkpoint}, {@link org.entente.ledger.SignedNote}). docs/ledger.md specifies each
 * byte, for verifiers written in other languages.
 */
package org.entente.ledger;
