package org.entente.query.portfolio;

import org.entente.calendar.CalendarRules;
import org.entente.calendar.Deadline;
import org.entente.calendar.DeadlinesAhead;
import org.entente.query.readmodel.Tables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deadlines of the partnerships just saved, as rows the workspace and the calendar feeds read by date: read
 * from each state's timeline by the calendar's own {@link DeadlinesAhead}, replaced with the state, in its
 * transaction.
 */
@Repository
class DeadlineRows {

    private final JdbcTemplate jdbc;
    private final CalendarRules rules;

    DeadlineRows(JdbcTemplate jdbc, CalendarRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    void replace(Tables tables, List<PartnershipState> states) {
        // Only a partnership that came into force under a term with an end has, or had, deadlines: the saves of
        // a negotiation, most of the intake's, write nothing here.
        List<PartnershipState> dated = states.stream()
                .filter(state -> state.timeline() != null && state.timeline().term() != null).toList();
        if (dated.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM " + tables.deadlines() + " WHERE partnership_id = ANY (?)",
                (Object) dated.stream().map(PartnershipState::id).toArray(UUID[]::new));
        List<Object[]> rows = new ArrayList<>();
        for (PartnershipState state : dated) {
            for (Deadline deadline : DeadlinesAhead.of(state.status(), state.timeline(), rules)) {
                rows.add(new Object[] {state.id(), deadline.kind().name(), deadline.date(), deadline.standing().name(),
                        deadline.periodStart(), deadline.periodEnd(), deadline.lateFrom()});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + tables.deadlines() + " (partnership_id, kind, due_on, standing, "
                    + "period_start, period_end, late_from) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }
}
