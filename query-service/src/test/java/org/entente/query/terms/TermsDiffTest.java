package org.entente.query.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermsDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String V1 = """
            {"objectives":[{"statement":"Open 40 places","indicators":[{"name":"places","unit":"places","target":160}]}],
             "contributions":[{"institutionId":"caf-57","kind":"FUNDING","description":"PSEJ","amountEur":180000},
                              {"institutionId":"ligue-57","kind":"STAFF","description":"Animators","fte":4.5}],
             "governance":{"steeringCommittee":"One per partner","meetingFrequency":"quarterly","decisionRule":"consensus"},
             "duration":{"start":"2026-01-01","end":"2029-12-31","renewal":"EXPLICIT","noticePeriodDays":90},
             "evaluationPlan":{"frequency":"yearly","criteria":["attendance"]}}""";

    private static final String V2 = """
            {"objectives":[{"statement":"Open 40 places","indicators":[{"name":"places","unit":"places","target":160}]},
                           {"statement":"Reach isolated families","indicators":[]}],
             "contributions":[{"institutionId":"caf-57","kind":"FUNDING","description":"PSEJ","amountEur":150000}],
             "governance":{"steeringCommittee":"One per partner","meetingFrequency":"monthly","decisionRule":"consensus"},
             "duration":{"start":"2026-01-01","end":"2030-12-31","renewal":"EXPLICIT","noticePeriodDays":90},
             "evaluationPlan":{"frequency":"yearly","criteria":["attendance"]}}""";

    @Test
    void eachDifferingClause_isAddedChangedOrRemoved_withWordsAPersonReads() throws Exception {
        List<Change> changes = TermsDiff.between(JSON.readTree(V1), JSON.readTree(V2));

        assertThat(changes).extracting(Change::clause, Change::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("objective Reach isolated families", Change.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("contribution caf-57 funding", Change.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("contribution ligue-57 staff", Change.Kind.REMOVED),
                org.assertj.core.groups.Tuple.tuple("governance.meetingFrequency", Change.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("duration.end", Change.Kind.CHANGED));
        assertThat(changes).extracting(Change::text).contains(
                "Contribution 'caf-57 funding' changed: amountEur from 180000 to 150000.",
                "governance.meetingFrequency changed from quarterly to monthly.",
                "duration.end changed from 2029-12-31 to 2030-12-31.");
    }

    @Test
    void theSameTerms_haveNoDifference() throws Exception {
        JsonNode terms = JSON.readTree(V1);

        assertThat(TermsDiff.between(terms, terms)).isEmpty();
    }
}
