package org.entente.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One line of the battery's table: the figures at the end of a scenario (cumulative since the battery began,
 * but for the scenario's own commands), and what failed, in words.
 */
record ChaosRow(String scenario, String fault, long commands, long acknowledged, long stored, long onTopic,
                long inReadModels, long lost, long missing, long duplicatedOnTopic, long duplicatedInReadModels,
                Double catchUpSeconds, boolean checksumsMatch, int alarms, List<String> notes, List<String> problems) {

    static final double CATCH_UP_LIMIT = 60;

    /** The figures the reconciliation gave; the missing events are those missing anywhere, or unknown. */
    static ChaosRow of(ChaosScenario scenario, long commands, long acknowledged, JsonNode reconciliation, long lost,
                       Double catchUpSeconds, boolean checksumsMatch, List<String> alarms, List<String> notes,
                       List<String> ledgerProblems) {
        JsonNode totals = reconciliation == null ? null : reconciliation.path("totals");
        long missing = totals == null ? -1 : totals.path("missingOnTopic").asLong()
                + totals.path("missingInReadModels").asLong() + totals.path("unknownOnTopic").asLong()
                + totals.path("unknownInReadModels").asLong() + totals.path("parked").asLong();
        List<String> problems = new java.util.ArrayList<>(ledgerProblems);
        if (totals == null) {
            problems.add("no reconciliation could run");
        } else if (!reconciliation.path("consistent").asBoolean()) {
            problems.add("not consistent: " + reconciliation.path("differences"));
        }
        long duplicates = totals == null ? 0 : totals.path("duplicatedOnTopic").asLong()
                + totals.path("duplicatedInReadModels").asLong();
        if (duplicates != 0) {
            problems.add(duplicates + " event(s) twice on the topic or in the read models");
        }
        if (lost != 0) {
            problems.add(lost + " acknowledged command(s) without their events");
        }
        if (catchUpSeconds == null || catchUpSeconds > CATCH_UP_LIMIT) {
            problems.add("did not catch up within " + (int) CATCH_UP_LIMIT + " s of the last fault");
        }
        if (!checksumsMatch) {
            problems.add("the live read models' checksum differs from a full replay's");
        }
        if (!alarms.isEmpty()) {
            problems.add(alarms.size() + " ledger alarm(s), the first: " + alarms.get(0));
        }
        return new ChaosRow(scenario.name(), scenario.fault(), commands, acknowledged,
                totals == null ? -1 : totals.path("stored").asLong(),
                totals == null ? -1 : totals.path("onTopic").asLong(),
                totals == null ? -1 : totals.path("inReadModels").asLong(), lost, missing,
                totals == null ? -1 : totals.path("duplicatedOnTopic").asLong(),
                totals == null ? -1 : totals.path("duplicatedInReadModels").asLong(), catchUpSeconds, checksumsMatch,
                alarms.size(), notes, List.copyOf(problems));
    }

    boolean passed() {
        return problems.isEmpty();
    }
}
