package org.entente.query.intake;

import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.query.intake.IntakePlan.Candidate;
import org.entente.query.readmodel.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, requirement 4: the set-based intake decides as the record-by-record one would. Each id once, also
 * within a batch; a partnership with a parked or an undecodable record goes record by record, all of its records
 * in their order, so that they park and wait exactly as before.
 */
class IntakePlanTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void goodRecords_goSetBasedInArrivalOrder() {
        List<Candidate> batch = List.of(good("a1", A, 0), good("b1", B, 0), good("a2", A, 1));

        IntakePlan plan = IntakePlan.of(batch, Set.of(), Set.of());

        assertThat(plan.setBased()).extracting(ReceivedEvent::eventId).containsExactly("a1", "b1", "a2");
        assertThat(plan.oneByOne()).isEmpty();
        assertThat(plan.duplicates()).isZero();
    }

    @Test
    void anIdTakenBefore_orEarlierInTheBatch_isADuplicate() {
        List<Candidate> batch = List.of(good("a1", A, 0), good("a2", A, 1), good("a1", A, 0), good("a3", A, 2));

        IntakePlan plan = IntakePlan.of(batch, Set.of("a2"), Set.of());

        assertThat(plan.setBased()).extracting(ReceivedEvent::eventId).containsExactly("a1", "a3");
        assertThat(plan.duplicates()).isEqualTo(2);
    }

    @Test
    void aPartnershipWithAParkedRecord_goesRecordByRecord_allItsRecordsInOrder() {
        List<Candidate> batch = List.of(good("a1", A, 3), good("b1", B, 0), good("a2", A, 4));

        IntakePlan plan = IntakePlan.of(batch, Set.of(), Set.of(A.toString()));

        assertThat(plan.setBased()).extracting(ReceivedEvent::eventId).containsExactly("b1");
        assertThat(plan.oneByOne()).extracting(ReceivedRecord::eventId).containsExactly("a1", "a2");
    }

    @Test
    void anUndecodableRecord_takesItsPartnershipsWholeBatchRecordByRecord_beforeAndAfterIt() {
        List<Candidate> batch = List.of(good("a1", A, 0), good("b1", B, 0), undecodable("a2", A),
                good("a3", A, 2));

        IntakePlan plan = IntakePlan.of(batch, Set.of(), Set.of());

        assertThat(plan.setBased()).extracting(ReceivedEvent::eventId).containsExactly("b1");
        assertThat(plan.oneByOne()).extracting(ReceivedRecord::eventId).containsExactly("a1", "a2", "a3");
    }

    @Test
    void aRecordWithoutAnIdOrAPartnership_goesRecordByRecord() {
        Candidate noId = new Candidate(record(null, A.toString()), null);
        Candidate noPartnership = new Candidate(record("x1", null), null);

        IntakePlan plan = IntakePlan.of(List.of(noId, good("b1", B, 0), noPartnership), Set.of(), Set.of());

        assertThat(plan.setBased()).extracting(ReceivedEvent::eventId).containsExactly("b1");
        assertThat(plan.oneByOne()).containsExactly(noId.record(), noPartnership.record());
    }

    @Test
    void anIdClaimedOnBothPaths_sendsTheWholeBatchRecordByRecord() {
        List<Candidate> batch = List.of(undecodable("same", A), good("same", B, 0), good("b2", B, 1));

        IntakePlan plan = IntakePlan.of(batch, Set.of(), Set.of());

        assertThat(plan.setBased()).isEmpty();
        assertThat(plan.oneByOne()).extracting(ReceivedRecord::eventId).containsExactly("same", "same", "b2");
    }

    private static Candidate good(String id, UUID partnership, long sequence) {
        ReceivedEvent event = new ReceivedEvent(id, new InvitationAccepted(partnership, "caf-57", Instant.EPOCH),
                sequence, Instant.EPOCH, null, null, null, null, 0, sequence, null, null);
        return new Candidate(record(id, partnership.toString()), event);
    }

    private static Candidate undecodable(String id, UUID partnership) {
        return new Candidate(record(id, partnership.toString()), null);
    }

    private static ReceivedRecord record(String id, String subject) {
        Map<String, String> headers = new HashMap<>();
        if (id != null) {
            headers.put("ce_id", id);
        }
        if (subject != null) {
            headers.put("ce_subject", subject);
        }
        return new ReceivedRecord("t", 0, 0, null, headers, new byte[0]);
    }
}
