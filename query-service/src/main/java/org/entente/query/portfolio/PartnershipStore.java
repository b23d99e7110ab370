package org.entente.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.query.readmodel.Tables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The live view's storage: the folded state as a document, and the columns and rows that index it. */
@Repository
class PartnershipStore {

    private static final String UPSERT = """
            INSERT INTO %s
                 (id, reference, title, purpose, type, legal_basis, territory, status,
                    lead_institution_id, terms, terms_version, terms_hash, proposed_at, last_sequence,
                    last_event_at, state)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, terms = EXCLUDED.terms,
                    terms_version = EXCLUDED.terms_version, terms_hash = EXCLUDED.terms_hash,
                    last_sequence = EXCLUDED.last_sequence, last_event_at = EXCLUDED.last_event_at,
                    state = EXCLUDED.state""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final DeadlineRows deadlines;

    PartnershipStore(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
                     DeadlineRows deadlines) {
        this.jdbc = jdbc;
        this.json = json;
        this.deadlines = deadlines;
    }

    /** The current state, locked until the transaction ends: one writer per partnership at a time. */
    Optional<PartnershipState> current(Tables tables, UUID id) {
        return jdbc.query("SELECT state FROM " + tables.partnerships() + " WHERE id = ? FOR UPDATE",
                (row, n) -> read(row.getString(1)), id).stream().findFirst();
    }

    /** The current states of these partnerships, locked until the transaction ends, in one order for every caller. */
    Map<UUID, PartnershipState> current(Tables tables, Collection<UUID> ids) {
        Map<UUID, PartnershipState> states = new HashMap<>();
        jdbc.query("SELECT id, state FROM " + tables.partnerships() + " WHERE id = ANY (?) ORDER BY id FOR UPDATE",
                row -> {
                    states.put(row.getObject(1, UUID.class), read(row.getString(2)));
                }, (Object) ids.toArray(UUID[]::new));
        return states;
    }

    /** Saves the states, each with its partner and deadline rows, in five batches of statements. */
    void saveAll(Tables tables, List<PartnershipState> states) {
        if (states.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT.formatted(tables.partnerships()), states.stream().map(this::columns).toList());
        deadlines.replace(tables, states);
        jdbc.update("DELETE FROM " + tables.partners() + " WHERE partnership_id = ANY (?)",
                (Object) states.stream().map(PartnershipState::id).toArray(UUID[]::new));
        List<Object[]> partners = new ArrayList<>();
        for (PartnershipState state : states) {
            for (PartnershipState.Partner partner : state.partners()) {
                partners.add(new Object[] {state.id(), partner.institutionId(), partner.name(), partner.kind().name(),
                        partner.role().name(), partner.status(), Timestamp.from(partner.since())});
            }
        }
        if (partners.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + tables.partners() + " (partnership_id, institution_id, name, kind, role, "
                + "status, since) VALUES (?, ?, ?, ?, ?, ?, ?)", partners);
    }

    private Object[] columns(PartnershipState state) {
        return new Object[] {state.id(), state.reference(), state.title(), state.purpose(), state.type().name(),
                write(state.legalBasis()), write(state.territory()), state.status().name(), state.leadInstitutionId(),
                write(state.terms().content()), state.terms().version(), state.terms().hash(),
                Timestamp.from(state.proposedAt()), state.version(), Timestamp.from(state.lastEventAt()),
                write(state)};
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
