package org.entente.query.reports;

import org.entente.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code GET /reports/summary}: counts by status, type and territory, the median time from proposal to
 * activation, and evaluation ratings by type and territory. Reporters and auditors see all partnerships; a
 * partner sees the aggregate of its own institution's partnerships only. Durations are on the effective axis: an
 * imported convention's steps count from the day each took effect (its midnight in the installation's time zone),
 * not from the day it was brought in.
 */
@RestController
@RequestMapping("/reports")
class ReportsController {

    private final NamedParameterJdbcTemplate jdbc;
    private final String zone;

    ReportsController(NamedParameterJdbcTemplate jdbc, @Value("${entente.time-zone:Europe/Paris}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone.getId();
    }

    record Count(String key, long partnerships) {
    }

    record Rating(String type, String territory, long evaluations, BigDecimal averageRating) {
    }

    record Summary(long partnerships, List<Count> byStatus, List<Count> byType, List<Count> byTerritory,
                   Double medianDaysFromProposalToActivation, List<Rating> evaluationRatings) {
    }

    @GetMapping("/summary")
    Summary summary(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        boolean all = caller.hasRole("reporter") || caller.hasRole("auditor");
        MapSqlParameterSource parameters = new MapSqlParameterSource("caller", caller.institutionId())
                .addValue("zone", zone);
        String visible = all ? "SELECT id FROM partnership"
                : "SELECT partnership_id FROM partnership_partner WHERE institution_id = :caller";
        String scope = " FROM partnership p WHERE p.id IN (" + visible + ")";
        return new Summary(
                jdbc.queryForObject("SELECT count(*)" + scope, parameters, Long.class),
                counts("p.status", scope, parameters),
                counts("p.type", scope, parameters),
                counts("p.territory ->> 'name'", scope, parameters),
                jdbc.queryForObject("""
                        WITH effective AS (
                            SELECT partnership_id, type, sequence,
                                   COALESCE(effective_date::timestamp AT TIME ZONE :zone, occurred_at) AS at
                            FROM partnership_event)
                        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                            extract(epoch FROM (activated.at - proposed.at)) / 86400)
                        FROM effective activated
                        JOIN effective proposed ON proposed.partnership_id = activated.partnership_id
                                               AND proposed.sequence = 0
                        WHERE activated.type = 'org.entente.partnership.PartnershipActivated.v1'
                          AND activated.partnership_id IN (""" + visible + ")", parameters, Double.class),
                jdbc.query("""
                        SELECT p.type, p.territory ->> 'name' AS territory, count(*) AS evaluations,
                               round(avg((e.data ->> 'rating')::numeric), 2) AS average
                        FROM partnership_event e JOIN partnership p ON p.id = e.partnership_id
                        WHERE e.type = 'org.entente.partnership.EvaluationRecorded.v1'
                          AND p.id IN (""" + visible + """
                        )
                        GROUP BY p.type, p.territory ->> 'name' ORDER BY p.type, territory""", parameters,
                        (row, n) -> new Rating(row.getString("type"), row.getString("territory"),
                                row.getLong("evaluations"), row.getBigDecimal("average"))));
    }

    private List<Count> counts(String expression, String scope, MapSqlParameterSource parameters) {
        return jdbc.query("SELECT " + expression + " AS key, count(*) AS n" + scope + " GROUP BY 1 ORDER BY 1",
                parameters, (row, n) -> new Count(row.getString("key"), row.getLong("n")));
    }
}
