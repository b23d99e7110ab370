package org.entente.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.cli.workload.InstallationSql;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.OperatorChecks;
import org.entente.devstack.Database;

import java.time.Duration;
import java.util.List;

/** R6: a record the read models refuse is parked alone, then retried by the operator once the cause is gone. */
final class PoisonRecord {

    private final Database readModels;
    private final OperatorChecks admin;
    private final List<LoadScript> scripts;

    PoisonRecord(Database readModels, OperatorChecks admin, List<LoadScript> scripts) {
        this.readModels = readModels;
        this.admin = admin;
        this.scripts = scripts;
    }

    /**
     * The read models' database refuses one partnership's records (a constraint a faulty release might add), so
     * the intake parks the first and keeps the later ones waiting behind it; the fix drops it, and the operator
     * retries the parked records.
     */
    void inject(ChaosScenario.Segment segment) throws Exception {
        segment.awaitProgress(0.2);
        String id = scripts.stream().filter(s -> s.partnershipId() != null && !s.finished()).findFirst()
                .orElseThrow().partnershipId();
        InstallationSql.execute(readModels, "CREATE OR REPLACE FUNCTION chaos_poison() RETURNS trigger AS $$ BEGIN "
                        + "RAISE EXCEPTION 'refused by the fault battery' USING ERRCODE = 'check_violation'; END $$ "
                        + "LANGUAGE plpgsql",
                "CREATE TRIGGER chaos_poison BEFORE INSERT ON partnership_event FOR EACH ROW WHEN "
                        + "(NEW.partnership_id = '" + id + "') EXECUTE FUNCTION chaos_poison()");
        long parked = awaitParked(id, Duration.ofMinutes(2));
        segment.note("partnership " + id + ": its record refused and parked (" + parked + " parked)");
        segment.awaitProgress(0.7);
        InstallationSql.execute(readModels, "DROP TRIGGER chaos_poison ON partnership_event", "DROP FUNCTION chaos_poison()");
        JsonNode first = admin.parked().path("items").get(0);
        admin.retryParked(first.path("id").asLong());
        segment.note("constraint dropped and parked records retried; still parked: "
                + admin.parked().path("total").asLong());
        segment.faultEnded();
    }

    private long awaitParked(String id, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long total = admin.parked().path("total").asLong();
            if (total > 0) {
                return total;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No record of " + id + " was parked within " + limit.toSeconds() + " s");
    }
}
