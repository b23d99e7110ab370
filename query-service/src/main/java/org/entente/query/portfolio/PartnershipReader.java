package org.entente.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** Reads of the live view: the state document, written whole in one transaction, so always consistent. */
@Repository
class PartnershipReader {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PartnershipReader(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PartnershipState> find(UUID id) {
        return jdbc.query("SELECT state FROM partnership WHERE id = ?", (row, n) -> read(row.getString(1)), id)
                .stream().findFirst();
    }

    private PartnershipState read(String document) {
        try {
            return json.readValue(document, PartnershipState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored partnership state is unreadable", e);
        }
    }
}
