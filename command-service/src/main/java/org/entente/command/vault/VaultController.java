package org.entente.command.vault;

import org.entente.ledger.Commitment;
import org.entente.platform.problem.Problems;
import org.entente.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opens commitments for those entitled to the partnership they were recorded in: its parties' partners and
 * signatories, and auditors. Reporting services (and anyone else) read the topic's commitments only. What the
 * caller may not read, or the vault never held, is left out of the answer, so that nobody learns from it whether
 * a commitment exists; a value whose person was erased is answered as erased, with no value and no salt.
 */
@RestController
class VaultController {

    static final int MOST = 1000;

    /** A request: the texts of the commitments to open. */
    record Request(List<String> commitments) {
    }

    /**
     * One commitment opened: the value and its salt (base64), or {@code erased}; a rectified one gives the new
     * value, no salt, and the commitment that stands for the new value ({@code replacedBy}, opened in turn).
     */
    record Opened(String commitment, String partnershipId, String field, String value, String salt, boolean erased,
                  String replacedBy) {
    }

    record Answer(List<Opened> disclosures) {
    }

    private final Vault vault;
    private final Parties parties;

    VaultController(Vault vault, Parties parties) {
        this.vault = vault;
        this.parties = parties;
    }

    @PostMapping("/vault/disclosures")
    ResponseEntity<?> open(@RequestBody Request request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.readsPartnerships()) {
            return problem(HttpStatus.FORBIDDEN, "vault.not-a-reader",
                    "Only the partners, signatories and auditors of a partnership read the personal values in it.");
        }
        List<String> texts = request == null || request.commitments() == null ? List.of() : request.commitments();
        if (texts.size() > MOST) {
            return problem(HttpStatus.BAD_REQUEST, "vault.too-many",
                    "At most " + MOST + " commitments are opened at once; this request has " + texts.size() + ".");
        }
        for (String text : texts) {
            if (!Commitment.isText(text)) {
                return problem(HttpStatus.BAD_REQUEST, "vault.bad-commitment",
                        "Each commitment is written sha256: and 64 lower-case hex digits.");
            }
        }
        return ResponseEntity.ok(new Answer(readable(caller, vault.open(texts).values())));
    }

    private List<Opened> readable(Caller caller, Collection<Vault.Disclosure> disclosures) {
        Map<String, Set<String>> partiesOf = new HashMap<>();
        return disclosures.stream()
                .filter(d -> caller.hasRole("auditor") || caller.institutionId() != null
                        && partiesOf.computeIfAbsent(d.partnershipId(), parties::of).contains(caller.institutionId()))
                .map(d -> new Opened(d.commitment(), d.partnershipId(), d.field(), d.value(),
                        d.salt() == null ? null : Base64.getEncoder().encodeToString(d.salt()), d.erased(),
                        d.replacedBy()))
                .toList();
    }

    private static ResponseEntity<?> problem(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, code, detail));
    }
}
