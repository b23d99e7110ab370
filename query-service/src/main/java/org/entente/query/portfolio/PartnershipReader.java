package org.entente.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the partnership view. */
@Repository
class PartnershipReader {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate snapshot;

    PartnershipReader(JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        // One snapshot for the partnership row and its partners: a projection committing in between must not
        // give a view whose version and partners come from two different moments.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    Optional<PartnershipView> find(UUID id) {
        return snapshot.execute(status -> read(id));
    }

    private Optional<PartnershipView> read(UUID id) {
        List<PartnershipView.PartnerView> partners = jdbc.query("""
                        SELECT institution_id, name, kind, role, status, since FROM partnership_partner
                        WHERE partnership_id = ? ORDER BY since, institution_id""",
                (row, n) -> new PartnershipView.PartnerView(row.getString("institution_id"), row.getString("name"),
                        row.getString("kind"), row.getString("role"), row.getString("status"),
                        row.getTimestamp("since").toInstant()), id);
        return jdbc.query("SELECT * FROM partnership WHERE id = ?", (row, n) -> view(row, partners), id)
                .stream().findFirst();
    }

    private PartnershipView view(ResultSet row, List<PartnershipView.PartnerView> partners) throws SQLException {
        return new PartnershipView(row.getObject("id", UUID.class), row.getString("reference"),
                row.getString("title"), row.getString("purpose"), row.getString("type"),
                parse(row.getString("legal_basis")), parse(row.getString("territory")), row.getString("status"),
                row.getString("lead_institution_id"),
                new PartnershipView.TermsView(row.getInt("terms_version"), row.getString("terms_hash"),
                        parse(row.getString("terms"))),
                partners, row.getTimestamp("proposed_at").toInstant(), row.getLong("last_sequence"),
                row.getTimestamp("last_event_at").toInstant());
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable", e);
        }
    }
}
