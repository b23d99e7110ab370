package org.entente.query.readmodel;

/**
 * An event's place in the verifiable ledger as its record carried it: its chain hash, its leaf index, and what
 * the leaf commits to, computed here from the record as published (docs/ledger.md). The actor's name, the time
 * and the data exactly as published are kept with it, since the envelope the chain hashes is made of them, and so
 * is the envelope's version (2: personal values are the texts of their commitments).
 */
public record LedgerEntry(String chainHash, long ledgerIndex, String actorName, String publishedTime,
                          String publishedData, byte[] leafData, int envelope) {
}
