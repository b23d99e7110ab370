package org.entente.query.deadlines;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads of the deadline rows. What is due or overdue is listed whatever its date; what is coming, up to a day.
 * A notice deadline whose day has passed is gone: nobody can give notice any more, and the renewal is listed.
 */
@Repository
class DeadlinesReader {

    private static final String SELECT = """
            SELECT d.partnership_id, p.reference, p.title, d.kind, d.due_on, d.standing, d.period_start,
                   d.period_end, d.late_from
              FROM partnership_deadline d JOIN partnership p ON p.id = d.partnership_id
             WHERE NOT (d.kind = 'NOTICE_DEADLINE' AND d.due_on < :today)
            """;
    private static final String ORDER = " ORDER BY d.due_on, d.kind, p.reference";
    private static final String ACTIVE_PARTNER = " AND EXISTS (SELECT 1 FROM partnership_partner m WHERE "
            + "m.partnership_id = d.partnership_id AND m.institution_id = :institution AND m.status = 'ACTIVE')";
    private static final RowMapper<DeadlineView> ROW = (row, n) -> new DeadlineView(row.getObject(1, UUID.class),
            row.getString(2), row.getString(3), row.getString(4), row.getObject(5, LocalDate.class),
            row.getString(6), row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class),
            row.getObject(9, LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    DeadlinesReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DeadlineView> ofPartnership(UUID partnershipId, LocalDate today) {
        return jdbc.query(SELECT + " AND d.partnership_id = :id" + ORDER,
                new MapSqlParameterSource("today", today).addValue("id", partnershipId), ROW);
    }

    /** The deadlines of the partnerships an institution is an active partner of. */
    List<DeadlineView> ofInstitution(String institutionId, LocalDate today, LocalDate until) {
        return jdbc.query(SELECT + " AND (d.standing <> 'COMING' OR d.due_on <= :until)" + ACTIVE_PARTNER + ORDER,
                new MapSqlParameterSource("today", today).addValue("until", until)
                        .addValue("institution", institutionId), ROW);
    }

    /** An institution's, in a window of dates: what its calendar feed lists, whatever the standing. */
    List<DeadlineView> ofInstitutionSince(String institutionId, LocalDate today, LocalDate from, LocalDate until) {
        return jdbc.query(SELECT + " AND d.due_on BETWEEN :from AND :until" + ACTIVE_PARTNER + ORDER,
                new MapSqlParameterSource("today", today).addValue("from", from).addValue("until", until)
                        .addValue("institution", institutionId), ROW);
    }

    /** Every partnership's, for auditors. */
    List<DeadlineView> all(LocalDate today, LocalDate until) {
        return jdbc.query(SELECT + " AND (d.standing <> 'COMING' OR d.due_on <= :until)" + ORDER,
                new MapSqlParameterSource("today", today).addValue("until", until), ROW);
    }
}
