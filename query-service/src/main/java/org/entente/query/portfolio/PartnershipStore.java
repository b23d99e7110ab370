package org.entente.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.Institution;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Writes of the partnership view. Reads are in {@link PartnershipReader}. */
@Repository
class PartnershipStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PartnershipStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertProposed(PartnershipProposed event, long sequence, Instant at) {
        int inserted = jdbc.update("""
                        INSERT INTO partnership (id, reference, title, purpose, type, legal_basis, territory, status,
                            lead_institution_id, terms, terms_version, terms_hash, proposed_at, last_sequence,
                            last_event_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, 'PROPOSED', ?, ?::jsonb, 1, ?, ?, ?, ?)
                        ON CONFLICT (id) DO NOTHING""",
                event.partnershipId(), event.reference(), event.title(), event.purpose(), event.type().name(),
                toJson(event.legalBasis()), toJson(event.territory()), event.lead().id(), toJson(event.terms()),
                event.termsHash(), Timestamp.from(event.proposedAt()), sequence, Timestamp.from(at));
        if (inserted == 1) {
            addPartner(event.partnershipId(), event.lead(), PartnerRole.LEAD, "ACTIVE", event.proposedAt());
        }
    }

    /** Moves the view to {@code sequence}; false when that event was applied already. */
    boolean advance(UUID partnershipId, long sequence, Instant at) {
        return jdbc.update("UPDATE partnership SET last_sequence = ?, last_event_at = ? "
                + "WHERE id = ? AND last_sequence < ?", sequence, Timestamp.from(at), partnershipId, sequence) == 1;
    }

    void addPartner(UUID partnershipId, Institution institution, PartnerRole role, String status, Instant since) {
        jdbc.update("""
                        INSERT INTO partnership_partner (partnership_id, institution_id, name, kind, role, status, since)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (partnership_id, institution_id) DO NOTHING""",
                partnershipId, institution.id(), institution.name(), institution.kind().name(), role.name(), status,
                Timestamp.from(since));
    }

    void partnerStanding(UUID partnershipId, String institutionId, String standing, Instant since) {
        jdbc.update("UPDATE partnership_partner SET status = ?, since = ? WHERE partnership_id = ? "
                + "AND institution_id = ?", standing, Timestamp.from(since), partnershipId, institutionId);
    }

    void termsOnTheTable(TermsProposed event) {
        // A new version during an amendment leaves the partnership AMENDING; otherwise it is negotiated.
        jdbc.update("UPDATE partnership SET terms = ?::jsonb, terms_version = ?, terms_hash = ?, "
                        + "status = CASE WHEN status = 'AMENDING' THEN 'AMENDING' ELSE 'NEGOTIATING' END WHERE id = ?",
                toJson(event.terms()), event.version(), event.termsHash(), event.partnershipId());
    }

    void status(UUID partnershipId, String status) {
        jdbc.update("UPDATE partnership SET status = ? WHERE id = ?", status, partnershipId);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
