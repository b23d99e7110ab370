package org.entente.command.vault;

import org.entente.events.ErasureGround;
import org.entente.events.Personal;
import org.entente.ledger.Commitment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.entente.command.vault.VaultRefusal.Reason.ALREADY_ERASED;
import static org.entente.command.vault.VaultRefusal.Reason.PERSON_ERASED;
import static org.entente.command.vault.VaultRefusal.Reason.UNKNOWN_PERSON;

/**
 * Erases a person: in one transaction their key is destroyed, their values deleted and the commitments that stood
 * for them put aside; then, partnership by partnership, a {@code PersonalDataErased} event is recorded and the
 * commitments taken off that list in the same transaction. The values are gone from the first commit on; a crash
 * before every event is recorded leaves the rest to {@link #recordPending}, which the scheduler runs every minute,
 * and so does a partnership that cannot record its event now: the erasure is done all the same.
 */
@Component
class Erasures {

    private static final Logger LOG = LoggerFactory.getLogger(Erasures.class);

    /** What an erasure did: how many values, in how many partnerships. */
    record Erased(int values, int partnerships) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PersonKeys keys;
    private final VaultRecords records;
    private final Clock clock;

    Erasures(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, PersonKeys keys,
             VaultRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        // Transactions of their own, even inside a caller's (an idempotent request runs in one): else a partnership
        // that cannot record its event yet would roll the whole erasure back, key and values kept, and the answer
        // already given would still say "erased".
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
        this.records = records;
        this.clock = clock;
    }

    /** Erases every value of the person; refused when the vault never knew them or erased them already. */
    Erased erase(String personId, Map<String, String> actor) {
        Erased erased = transactions.execute(status -> destroy(personId));
        recordPending(actor);
        return erased;
    }

    private Erased destroy(String personId) {
        if (!keys.lock(personId)) {
            throw keyless(personId, new VaultRefusal(ALREADY_ERASED,
                    "This person's personal data was erased already."));
        }
        MapSqlParameterSource person = new MapSqlParameterSource("person", personId)
                .addValue("ground", ErasureGround.PERSON_REQUEST.name())
                .addValue("now", Timestamp.from(clock.instant())).addValue("digest", PersonDigest.of(personId));
        jdbc.update("INSERT INTO vault_erasure_pending (commitment, partnership_id, ground, requested_at) "
                + "SELECT commitment, partnership_id, :ground, :now FROM vault_value WHERE person_id = :person "
                + "ON CONFLICT (commitment) DO NOTHING", person);
        Integer partnerships = jdbc.queryForObject("SELECT count(DISTINCT partnership_id) FROM vault_value "
                + "WHERE person_id = :person", person, Integer.class);
        int values = jdbc.update("DELETE FROM vault_value WHERE person_id = :person", person);
        keys.destroy(personId);
        // Their idempotent requests' outcomes go too: a retry of theirs is answered anew, never from them.
        jdbc.update("DELETE FROM idempotency_key WHERE caller = :digest", person);
        jdbc.update("INSERT INTO vault_erasure (person_digest, ground, erased_at) VALUES (:digest, :ground, :now)",
                person);
        return new Erased(values, partnerships == null ? 0 : partnerships);
    }

    /**
     * Records the events of the erasures still owed, one partnership per transaction; a partnership that fails
     * stays on the list for the next pass. Returns how many partnerships were recorded.
     */
    int recordPending(Map<String, String> actor) {
        int recorded = 0;
        for (String partnershipId : jdbc.getJdbcTemplate().queryForList(
                "SELECT DISTINCT partnership_id FROM vault_erasure_pending ORDER BY 1", String.class)) {
            try {
                transactions.executeWithoutResult(status -> recordIn(partnershipId, actor));
                recorded++;
            } catch (RuntimeException e) {
                LOG.warn("The erasure of values in partnership {} is not recorded yet: {}", partnershipId,
                        e.toString());
            }
        }
        return recorded;
    }

    private void recordIn(String partnershipId, Map<String, String> actor) {
        Map<ErasureGround, List<String>> byGround = new LinkedHashMap<>();
        jdbc.query("DELETE FROM vault_erasure_pending WHERE partnership_id = :partnership "
                + "RETURNING commitment, ground", new MapSqlParameterSource("partnership", partnershipId), row -> {
                    byGround.computeIfAbsent(ErasureGround.valueOf(row.getString(2)), ground -> new ArrayList<>())
                            .add(Commitment.parse(row.getString(1)).text());
                });
        byGround.forEach((ground, commitments) -> records.recordErasure(partnershipId,
                commitments.stream().sorted().toList(), ground, actor));
    }

    /**
     * Corrects the person's values of {@code kind} (their name, or their capacity as a signatory) wherever they are
     * recorded, one event per partnership; refused when unknown or erased. How many partnerships.
     */
    int rectify(String personId, Personal.Kind kind, String value, Map<String, String> actor) {
        if (keys.existing(List.of(personId)).isEmpty()) {
            throw keyless(personId, new VaultRefusal(PERSON_ERASED,
                    "This person's personal data was erased: nothing is left to rectify."));
        }
        Map<String, List<String>> byPartnership = new LinkedHashMap<>();
        jdbc.query("SELECT partnership_id, commitment FROM vault_value WHERE person_id = :person AND kind = :kind "
                + "AND sealed IS NOT NULL ORDER BY partnership_id, commitment",
                new MapSqlParameterSource("person", personId).addValue("kind", kind.name()), row -> {
                    byPartnership.computeIfAbsent(row.getString(1), p -> new ArrayList<>())
                            .add(Commitment.parse(row.getString(2)).text());
                });
        byPartnership.forEach((partnershipId, replaces) ->
                records.recordRectification(partnershipId, replaces, kind, value, personId, actor));
        return byPartnership.size();
    }

    /** Why a person without a key is refused: {@code erased} when an erasure took it, else unknown. */
    VaultRefusal keyless(String personId, VaultRefusal erased) {
        return erasedBefore(personId) ? erased
                : new VaultRefusal(UNKNOWN_PERSON, "Entente holds no personal data of this person.");
    }

    private boolean erasedBefore(String personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM vault_erasure "
                + "WHERE person_digest = :digest)", new MapSqlParameterSource("digest", PersonDigest.of(personId)),
                Boolean.class));
    }
}
