package org.entente.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.platform.security.Caller;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The portfolio: partnerships the caller may see, filtered, ordered and paged in the database. */
@Repository
class PortfolioReader {

    private static final String LEAD_NAME = "(SELECT l.name FROM partnership_partner l WHERE l.partnership_id = p.id "
            + "AND l.institution_id = p.lead_institution_id) AS lead_name";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    PortfolioReader(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of partnerships and how many match in all. */
    record Page(List<Summary> items, int page, int size, long total) {
    }

    /** What a portfolio line shows of a partnership; the lead by its name, its id kept for links and auditors. */
    record Summary(UUID id, String reference, String title, String type, String status, JsonNode territory,
                   String leadInstitutionId, String leadName, java.time.Instant proposedAt, long version) {
    }

    Page find(PortfolioQuery query, Caller caller) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        if (!caller.hasRole("auditor")) {
            // A partner sees the partnerships its own institution is party to, and no other.
            where.add("EXISTS (SELECT 1 FROM partnership_partner m WHERE m.partnership_id = p.id "
                    + "AND m.institution_id = :caller)");
            parameters.addValue("caller", caller.institutionId());
        }
        if (query.institution() != null) {
            where.add("EXISTS (SELECT 1 FROM partnership_partner i WHERE i.partnership_id = p.id "
                    + "AND i.institution_id = :institution)");
            parameters.addValue("institution", query.institution());
        }
        if (query.text() != null) {
            where.add("lower(p.title || ' ' || coalesce(p.reference, '')) LIKE :text");
            parameters.addValue("text", query.textPattern());
        }
        condition(where, parameters, "p.status = :status", "status", query.status());
        condition(where, parameters, "p.type = :type", "type", query.type());
        if (query.territory() != null) {
            where.add("((p.territory ->> 'code') = :territory OR lower(p.territory ->> 'name') = lower(:territory))");
            parameters.addValue("territory", query.territory());
        }
        if (query.proposedFrom() != null) {
            where.add("p.proposed_at >= :proposedFrom");
            parameters.addValue("proposedFrom", Timestamp.from(query.proposedFrom()));
        }
        if (query.proposedTo() != null) {
            where.add("p.proposed_at < :proposedTo");
            parameters.addValue("proposedTo", Timestamp.from(query.proposedTo()));
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.queryForObject("SELECT count(*) FROM partnership p" + filter, parameters, Long.class);
        parameters.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<Summary> items = jdbc.query("SELECT p.*, " + LEAD_NAME + " FROM partnership p" + filter + " ORDER BY " + query.orderBy()
                + " LIMIT :limit OFFSET :offset", parameters, (row, n) -> new Summary(
                row.getObject("id", UUID.class), row.getString("reference"), row.getString("title"),
                row.getString("type"), row.getString("status"), parse(row.getString("territory")),
                row.getString("lead_institution_id"), row.getString("lead_name"), row.getTimestamp("proposed_at").toInstant(),
                row.getLong("last_sequence")));
        return new Page(items, query.page(), query.size(), total);
    }

    private static void condition(List<String> where, MapSqlParameterSource parameters, String clause, String name,
                                  String value) {
        if (value != null) {
            where.add(clause);
            parameters.addValue(name, value);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable", e);
        }
    }
}
