package org.entente.query.intake;

import org.entente.ledger.Chain;
import org.entente.ledger.Envelope;
import org.entente.ledger.Hex;
import org.entente.query.readmodel.LedgerEntry;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads a record's place in the verifiable ledger: its {@code chainhash} and {@code ledgerindex} extensions, and
 * the leaf data its envelope gives (docs/ledger.md), computed from the record exactly as published. A record with
 * neither extension was published before the ledger existed; one with a malformed value breaks the contract.
 */
final class LedgerDecoding {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,17}");

    private LedgerDecoding() {
    }

    static LedgerEntry of(ReceivedRecord record) throws Decoding.UndecodableRecord {
        String chainHash = record.header("ce_chainhash");
        String index = record.header("ce_ledgerindex");
        if (chainHash == null && index == null) {
            return null;
        }
        if (chainHash == null || !HASH.matcher(chainHash).matches()) {
            throw new Decoding.UndecodableRecord("Header ce_chainhash is not 64 lower-case hex digits");
        }
        if (index == null || !INDEX.matcher(index).matches()) {
            throw new Decoding.UndecodableRecord("Header ce_ledgerindex is not a leaf index");
        }
        String data = new String(record.value(), StandardCharsets.UTF_8);
        Envelope envelope = envelope(record, data);
        return new LedgerEntry(chainHash, Long.parseLong(index), record.header("ce_actorname"),
                record.header("ce_time"), data, Chain.leafData(envelope, Hex.parse(chainHash)), envelope.version());
    }

    /** The envelope, from the record's attributes and data as published. */
    static Envelope envelope(ReceivedRecord record, String data) throws Decoding.UndecodableRecord {
        String type = record.header("ce_type");
        return new Envelope(record.header("ce_id"), type, Envelope.revisionOf(type),
                record.header("ce_subject"), record.sequence(), record.header("ce_time"), record.header("ce_actorid"),
                record.header("ce_actorname"), record.header("ce_actorinstitution"),
                record.header("ce_correlationid"), record.header("ce_causationid"), data,
                record.header("ce_effectivedate"), version(record));
    }

    private static int version(ReceivedRecord record) throws Decoding.UndecodableRecord {
        try {
            return Envelope.versionOf(record.header("ce_envelope"));
        } catch (IllegalArgumentException e) {
            throw new Decoding.UndecodableRecord("Header ce_envelope is not 2, the only version said aloud");
        }
    }
}
