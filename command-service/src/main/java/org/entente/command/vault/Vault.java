package org.entente.command.vault;

import org.entente.events.PersonalData;
import org.entente.ledger.Commitment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each personal value of an event goes instead of the event: the vault commits to it under a fresh salt,
 * keeps the salt and the value sealed under the person's key (in the transaction that stores the event), and gives
 * the event the commitment's text. It opens commitments again for whoever may read them, as long as the person's
 * key exists.
 */
@Component
public class Vault {

    /**
     * The event metadata naming whose the values of an event's data are, when they are not the actor's: an
     * administrator records a person's rectified name. The sealer removes it: it never reaches the store.
     */
    public static final String SUBJECT = "dataSubject";

    /** Where a value occurs: the person it belongs to, the event and its partnership, the field. */
    public record Occurrence(String personId, String partnershipId, String eventId, PersonalData.Field field) {
    }

    /**
     * A commitment opened: its value and salt, or, when the person's key is gone, neither; when the value was
     * rectified, the new value, no salt, and the commitment that now stands for it ({@code replacedBy}).
     */
    public record Disclosure(String commitment, String partnershipId, String field, String value, byte[] salt,
                             String replacedBy) {

        public boolean erased() {
            return value == null;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonKeys keys;
    private final Clock clock;

    Vault(NamedParameterJdbcTemplate jdbc, PersonKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** The commitment's text that stands for {@code value} in the event; the value kept sealed. */
    public String commit(Occurrence occurrence, String value) {
        byte[] salt = Commitment.newSalt();
        Commitment commitment = Commitment.ofString(salt, value);
        PendingValues pending = PendingValues.current(this, this::insert);
        SecretKey key = pending == null ? keys.keyOf(occurrence.personId())
                : pending.keyOf(occurrence.personId(), keys::keyOf);
        Object[] row = {commitment.hex(), occurrence.personId(), occurrence.partnershipId(), occurrence.eventId(),
                occurrence.field().path(), occurrence.field().kind().name(),
                VaultCipher.seal(key, commitment.digest(), salt, value), Timestamp.from(clock.instant())};
        if (pending == null) {
            insert(List.<Object[]>of(row));
        } else {
            pending.add(row);
        }
        return commitment.text();
    }

    private void insert(List<Object[]> rows) {
        jdbc.getJdbcTemplate().batchUpdate("INSERT INTO vault_value (commitment, person_id, partnership_id, event_id, "
                + "field, kind, sealed, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * The values the commitments of {@code replaces} stood for are now the one {@code replacement} commits to: their
     * sealed values are dropped and they point at it, as do the commitments they had replaced themselves.
     */
    public void supersede(Collection<String> replaces, String replacement) {
        Set<String> hex = hexOf(replaces);
        if (!hex.isEmpty()) {
            jdbc.update("UPDATE vault_value SET sealed = NULL, replaced_by = :by WHERE commitment <> :by "
                    + "AND (commitment IN (:hex) OR replaced_by IN (:hex))", new MapSqlParameterSource("hex", hex)
                    .addValue("by", Commitment.ofText(replacement).hex()));
        }
    }

    /**
     * The disclosures of the commitments the vault holds, by their text; a commitment it never held (or whose row
     * was deleted with its person) is left out. A rectified commitment discloses the value that replaced it (and
     * no salt: the value is not the one it commits to). Each value is checked against its own commitment before it
     * is given.
     */
    public Map<String, Disclosure> open(Collection<String> texts) {
        Set<String> hex = hexOf(texts);
        if (hex.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = new ArrayList<>();
        jdbc.query("SELECT v.commitment, v.person_id, v.partnership_id, v.field, coalesce(r.sealed, v.sealed), "
                + "r.commitment FROM vault_value v LEFT JOIN vault_value r ON r.commitment = v.replaced_by "
                + "WHERE v.commitment IN (:hex)", new MapSqlParameterSource("hex", hex), row -> {
                    String replacedBy = row.getString(6);
                    rows.add(new Row(Commitment.parse(row.getString(1)), row.getString(2), row.getString(3),
                            row.getString(4), row.getBytes(5),
                            replacedBy == null ? null : Commitment.parse(replacedBy)));
                });
        Map<String, SecretKey> existing = keys.existing(rows.stream().map(Row::personId).collect(Collectors.toSet()));
        Map<String, Disclosure> disclosures = new HashMap<>();
        for (Row row : rows) {
            disclosures.put(row.commitment().text(), row.open(existing.get(row.personId())));
        }
        return disclosures;
    }

    private static Set<String> hexOf(Collection<String> texts) {
        return texts.stream().filter(Commitment::isText).map(text -> Commitment.ofText(text).hex())
                .collect(Collectors.toSet());
    }

    /** A row as read, with the commitment of the value that replaced its own, if one did. */
    private record Row(Commitment commitment, String personId, String partnershipId, String field, byte[] sealed,
                       Commitment replacedBy) {

        Disclosure open(SecretKey key) {
            if (key == null || sealed == null) {
                return new Disclosure(commitment.text(), partnershipId, field, null, null, null);
            }
            Commitment own = replacedBy == null ? commitment : replacedBy;
            VaultCipher.Opened opened = VaultCipher.open(key, own.digest(), sealed, Commitment.SALT_LENGTH);
            if (!own.isOpenedByString(opened.salt(), opened.value())) {
                throw new IllegalStateException("The vault's value for " + own + " is not the one committed");
            }
            return replacedBy == null
                    ? new Disclosure(commitment.text(), partnershipId, field, opened.value(), opened.salt(), null)
                    : new Disclosure(commitment.text(), partnershipId, field, opened.value(), null, own.text());
        }
    }
}
