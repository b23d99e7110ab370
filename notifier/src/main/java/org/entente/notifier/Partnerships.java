package org.entente.notifier;

import org.entente.notifier.reminder.Partners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

/** What the notifier knows of each partnership, in its own database: its name and its partners. */
@Repository
class Partnerships {

    private final JdbcClient database;

    Partnerships(JdbcClient database) {
        this.database = database;
    }

    /** The partnership as known so far, locked until the transaction ends; unknown when nothing was read of it. */
    Partners lock(UUID id) {
        return database.sql("SELECT title, reference, lead_name, members, sequence FROM partnership WHERE id = ?"
                        + " FOR UPDATE")
                .param(id)
                .query((row, number) -> new Partners(row.getString("title"), row.getString("reference"),
                        row.getString("lead_name"), members(row.getArray("members")), row.getLong("sequence")))
                .optional().orElse(Partners.UNKNOWN);
    }

    void save(UUID id, Partners partners) {
        database.sql("""
                        INSERT INTO partnership (id, title, reference, lead_name, members, sequence)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET title = excluded.title, reference = excluded.reference,
                            lead_name = excluded.lead_name, members = excluded.members, sequence = excluded.sequence""")
                .params(id, partners.title(), partners.reference(), partners.leadName(),
                        partners.members().stream().sorted().toArray(String[]::new), partners.sequence())
                .update();
    }

    private static Set<String> members(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
