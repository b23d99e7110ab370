package org.entente.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.query.readmodel.Tables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** The live view's storage: the folded state as a document, and the columns and rows that index it. */
@Repository
class PartnershipStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PartnershipStore(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The current state, locked until the transaction ends: one writer per partnership at a time. */
    Optional<PartnershipState> current(Tables tables, UUID id) {
        return jdbc.query("SELECT state FROM " + tables.partnerships() + " WHERE id = ? FOR UPDATE",
                (row, n) -> read(row.getString(1)), id).stream().findFirst();
    }

    void save(Tables tables, PartnershipState state) {
        jdbc.update("INSERT INTO " + tables.partnerships() + """
                         (id, reference, title, purpose, type, legal_basis, territory, status,
                            lead_institution_id, terms, terms_version, terms_hash, proposed_at, last_sequence,
                            last_event_at, state)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, terms = EXCLUDED.terms,
                            terms_version = EXCLUDED.terms_version, terms_hash = EXCLUDED.terms_hash,
                            last_sequence = EXCLUDED.last_sequence, last_event_at = EXCLUDED.last_event_at,
                            state = EXCLUDED.state""",
                state.id(), state.reference(), state.title(), state.purpose(), state.type().name(),
                write(state.legalBasis()), write(state.territory()), state.status(), state.leadInstitutionId(),
                write(state.terms().content()), state.terms().version(), state.terms().hash(),
                Timestamp.from(state.proposedAt()), state.version(), Timestamp.from(state.lastEventAt()),
                write(state));
        jdbc.update("DELETE FROM " + tables.partners() + " WHERE partnership_id = ?", state.id());
        for (PartnershipState.Partner partner : state.partners()) {
            jdbc.update("INSERT INTO " + tables.partners() + " (partnership_id, institution_id, name, kind, role, status, "
                            + "since) VALUES (?, ?, ?, ?, ?, ?, ?)", state.id(), partner.institutionId(),
                    partner.name(), partner.kind().name(), partner.role().name(), partner.status(),
                    Timestamp.from(partner.since()));
        }
    }

    private PartnershipState read(String document) {
        try {
            return json.readValue(document, PartnershipState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored partnership state is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }
}
