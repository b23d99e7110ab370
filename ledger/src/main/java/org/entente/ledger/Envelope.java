package org.entente.ledger;

import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the ledger commits to of an event: its identity, its place in its partnership's history, who acted, what
 * caused it, its data (the event's JSON as published) and, for an imported step only, the date it really took
 * effect. Its canonical bytes are the RFC 8785 (JCS) form of the JSON object docs/ledger.md specifies — member names
 * sorted, no white space, numbers and strings in one form — so a verifier in any language that reads the same JSON
 * gets the same bytes. In a version-2 envelope, each personal value (the actor's id and name, the personal fields of
 * the data) is the text of its {@link Commitment}, {@code sha256:<hex>}, written so before the envelope is built.
 */
public record Envelope(String eventId, String type, String revision, String partnershipId, long sequence,
                       String time, String actorId, String actorName, String actorInstitution,
                       String correlationId, String causationId, String dataJson, String effectiveDate,
                       int version) {

    /** Version 1: people's values in the clear, no {@code envelope} member (every leaf before issue 21). */
    public static final int V1 = 1;
    /** Version 2: each personal value replaced by its salted commitment (docs/ledger.md §9). */
    public static final int V2 = 2;

    public Envelope {
        if (version != V1 && version != V2) {
            throw new IllegalArgumentException("Envelope version " + version + " is not 1 or 2");
        }
    }

    /** A version-1 envelope. */
    public Envelope(String eventId, String type, String revision, String partnershipId, long sequence, String time,
                    String actorId, String actorName, String actorInstitution, String correlationId,
                    String causationId, String dataJson, String effectiveDate) {
        this(eventId, type, revision, partnershipId, sequence, time, actorId, actorName, actorInstitution,
                correlationId, causationId, dataJson, effectiveDate, V1);
    }

    /** A version-1 envelope of an event that took effect when recorded: no {@code effectiveDate} member at all. */
    public Envelope(String eventId, String type, String revision, String partnershipId, long sequence, String time,
                    String actorId, String actorName, String actorInstitution, String correlationId,
                    String causationId, String dataJson) {
        this(eventId, type, revision, partnershipId, sequence, time, actorId, actorName, actorInstitution,
                correlationId, causationId, dataJson, null);
    }

    /**
     * The version a CloudEvent's {@code envelope} attribute says: none is version 1 (every event before issue 21),
     * "2" is version 2; anything else is refused, never read as either.
     */
    public static int versionOf(String attribute) {
        if (attribute == null) {
            return V1;
        }
        if (attribute.equals("2")) {
            return V2;
        }
        throw new IllegalArgumentException("The envelope attribute is not 2: " + attribute);
    }

    /** The revision a CloudEvents type names: the digits after its last {@code .v}. */
    public static String revisionOf(String type) {
        int at = type.lastIndexOf(".v");
        return at < 0 ? "" : type.substring(at + 2);
    }

    /** RFC 8785 bytes of the envelope. */
    public byte[] canonicalBytes() {
        return canonical(json(null));
    }

    /** RFC 8785 bytes of the envelope with its chain hash: what its leaf commits to. */
    byte[] canonicalBytesWith(byte[] chainHash) {
        return canonical(json(Hex.of(chainHash)));
    }

    /** The envelope as a JSON object; with {@code chainHash} when given (lower-case hex). */
    public String json(String chainHash) {
        StringBuilder json = new StringBuilder("{\"actor\":{\"id\":").append(Json.quote(actorId))
                .append(",\"institution\":").append(Json.quote(actorInstitution))
                .append(",\"name\":").append(Json.quote(actorName)).append('}');
        if (chainHash != null) {
            json.append(",\"chainHash\":").append(Json.quote(chainHash));
        }
        json.append(",\"causationId\":").append(Json.quote(causationId))
                .append(",\"correlationId\":").append(Json.quote(correlationId))
                .append(",\"data\":").append(dataJson);
        if (effectiveDate != null) {
            // Present only when it differs from the recording: every envelope without it keeps its bytes.
            json.append(",\"effectiveDate\":").append(Json.quote(effectiveDate));
        }
        if (version != V1) {
            // A version-1 envelope has no such member, so every leaf written before version 2 keeps its bytes.
            json.append(",\"envelope\":").append(version);
        }
        return json.append(",\"eventId\":").append(Json.quote(eventId))
                .append(",\"partnershipId\":").append(Json.quote(partnershipId))
                .append(",\"revision\":").append(Json.quote(revision))
                .append(",\"sequence\":").append(sequence)
                .append(",\"time\":").append(Json.quote(time))
                .append(",\"type\":").append(Json.quote(type)).append('}').toString();
    }

    private static byte[] canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The event's data is not JSON: " + e.getMessage(), e);
        }
    }
}
