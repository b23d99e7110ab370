package org.entente.command.vault;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persons' keys in the command database's {@code vault_key} table, written in the transaction of the command
 * whose event first holds a value of the person. Two commands making the same person's key at once: the second
 * insert waits for the first and keeps its key.
 */
@Component
class LocalPersonKeys implements PersonKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LocalPersonKeys(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public SecretKey keyOf(String personId) {
        SecretKey existing = existing(List.of(personId)).get(personId);
        if (existing != null) {
            return existing;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        jdbc.update("INSERT INTO vault_key (person_id, secret, created_at) VALUES (:person, :secret, :now) "
                + "ON CONFLICT (person_id) DO NOTHING", new MapSqlParameterSource("person", personId)
                .addValue("secret", secret).addValue("now", Timestamp.from(clock.instant())));
        return existing(List.of(personId)).get(personId);
    }

    @Override
    public Map<String, SecretKey> existing(Collection<String> personIds) {
        Map<String, SecretKey> keys = new HashMap<>();
        if (personIds.isEmpty()) {
            return keys;
        }
        jdbc.query("SELECT person_id, secret FROM vault_key WHERE person_id IN (:persons)",
                new MapSqlParameterSource("persons", personIds),
                row -> {
                    keys.put(row.getString(1), new SecretKeySpec(row.getBytes(2), "AES"));
                });
        return keys;
    }

    @Override
    public boolean destroy(String personId) {
        return jdbc.update("DELETE FROM vault_key WHERE person_id = :person",
                new MapSqlParameterSource("person", personId)) > 0;
    }

    @Override
    public boolean lock(String personId) {
        return !jdbc.queryForList("SELECT person_id FROM vault_key WHERE person_id = :person FOR UPDATE",
                new MapSqlParameterSource("person", personId), String.class).isEmpty();
    }
}
