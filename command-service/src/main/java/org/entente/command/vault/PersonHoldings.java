package org.entente.command.vault;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.entente.command.vault.VaultRefusal.Reason.ALREADY_ERASED;

/**
 * What the vault holds of a person, for an administrator to check whom an identifier names before erasing or
 * correcting: their names as recorded now, opened (the one thing that tells two people apart), and how many values
 * in how many partnerships. Nothing else is opened.
 */
@Component
class PersonHoldings {

    /** A person's names, and how many of their values the vault holds in how many partnerships. */
    record Held(String personId, List<String> names, int values, int partnerships) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonKeys keys;
    private final Vault vault;
    private final Erasures erasures;

    PersonHoldings(NamedParameterJdbcTemplate jdbc, PersonKeys keys, Vault vault, Erasures erasures) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.vault = vault;
        this.erasures = erasures;
    }

    /** Refused, as an erasure would be, when the vault never knew the person or erased them already. */
    Held of(String personId) {
        if (keys.existing(List.of(personId)).isEmpty()) {
            throw erasures.keyless(personId, new VaultRefusal(ALREADY_ERASED,
                    "This person's personal data was erased already."));
        }
        MapSqlParameterSource person = new MapSqlParameterSource("person", personId);
        List<String> names = jdbc.queryForList("SELECT 'sha256:' || commitment FROM vault_value "
                + "WHERE person_id = :person AND kind = 'NAME'", person, String.class);
        Map<String, Object> counts = jdbc.queryForMap("SELECT count(*) AS held, count(DISTINCT partnership_id) "
                + "AS partnerships FROM vault_value WHERE person_id = :person", person);
        return new Held(personId, vault.open(names).values().stream().map(Vault.Disclosure::value)
                .filter(Objects::nonNull).distinct().sorted().toList(),
                ((Number) counts.get("held")).intValue(), ((Number) counts.get("partnerships")).intValue());
    }
}
