package org.entente.query.intake;

import org.entente.query.readmodel.ReceivedEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a batch of records is taken in, decided before anything is written. Most records go in set-based: logged
 * and folded together, once each. A record the set-based path cannot judge alone goes record by record, with
 * every record of its partnership in the batch so that they keep their order: one of a partnership that has a
 * parked record (it waits behind it), one that does not decode (it is parked, those after it wait), one without an
 * id or a partnership. A record whose id was taken already, or came earlier in the batch, is a duplicate.
 *
 * @param setBased  the decoded events to apply together, in arrival order, each id once
 * @param oneByOne  the records for the record-by-record path, in arrival order
 * @param duplicates how many records were recognised as already taken
 */
record IntakePlan(List<ReceivedEvent> setBased, List<ReceivedRecord> oneByOne, int duplicates) {

    /** A record of the batch and what it decoded to, or null when it does not decode. */
    record Candidate(ReceivedRecord record, ReceivedEvent decoded) {
    }

    static IntakePlan of(List<Candidate> batch, Set<String> takenIds, Set<String> blockedPartnerships) {
        Set<String> irregular = new HashSet<>(blockedPartnerships);
        for (Candidate candidate : batch) {
            if (candidate.decoded() == null && candidate.record().partnershipKey() != null) {
                irregular.add(candidate.record().partnershipKey());
            }
        }
        List<ReceivedEvent> setBased = new ArrayList<>();
        List<ReceivedRecord> oneByOne = new ArrayList<>();
        Set<String> seen = new HashSet<>(takenIds);
        int duplicates = 0;
        for (Candidate candidate : batch) {
            ReceivedRecord record = candidate.record();
            if (record.partnershipKey() == null || record.eventId() == null
                    || irregular.contains(record.partnershipKey())) {
                oneByOne.add(record);
            } else if (!seen.add(record.eventId())) {
                duplicates++;
            } else {
                setBased.add(candidate.decoded());
            }
        }
        return sharesAnId(setBased, oneByOne) ? allOneByOne(batch) : new IntakePlan(setBased, oneByOne, duplicates);
    }

    /**
     * An id on both paths (a record claiming another partnership's event id): which one is the duplicate depends
     * on their order, which only the record-by-record path keeps across partnerships.
     */
    private static boolean sharesAnId(List<ReceivedEvent> setBased, List<ReceivedRecord> oneByOne) {
        Set<String> ids = new HashSet<>();
        setBased.forEach(event -> ids.add(event.eventId()));
        return oneByOne.stream().anyMatch(record -> record.eventId() != null && ids.contains(record.eventId()));
    }

    private static IntakePlan allOneByOne(List<Candidate> batch) {
        return new IntakePlan(List.of(), batch.stream().map(Candidate::record).toList(), 0);
    }
}
