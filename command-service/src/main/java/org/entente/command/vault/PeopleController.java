package org.entente.command.vault;

import org.entente.events.Personal;
import org.entente.platform.problem.Problems;
import org.entente.platform.security.Caller;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static org.entente.command.vault.VaultRefusal.Reason.BAD_VALUE;
import static org.entente.command.vault.VaultRefusal.Reason.OWN_ERASURE;

/**
 * An administrator's commands on a person's data (the {@code /admin} paths are theirs alone): erasure, at the
 * person's request, and rectification of their name; and, before either, what the vault holds of the person. The
 * person is named by the identifier their identity provider gives them, the one Entente recorded as the actor of
 * their steps.
 */
@RestController
class PeopleController {

    static final int LONGEST_NAME = 200;

    /** The corrected name, or capacity, or both. */
    record Rectification(String name, String capacity) {
    }

    /** In how many partnerships each was corrected. */
    record Rectified(int partnerships, int capacityPartnerships) {
    }

    private final Erasures erasures;
    private final PersonHoldings holdings;

    PeopleController(Erasures erasures, PersonHoldings holdings) {
        this.erasures = erasures;
        this.holdings = holdings;
    }

    /** Whom the identifier names, before an erasure or a correction: their names, how many values, where. */
    @GetMapping("/admin/people/{personId}")
    PersonHoldings.Held held(@PathVariable String personId) {
        return holdings.of(personId);
    }

    @PostMapping("/admin/people/{personId}/erasure")
    Erasures.Erased erase(@PathVariable String personId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (personId.equals(caller.subject())) {
            // The erasure's own events name who erased: another administrator erases an administrator.
            throw new VaultRefusal(OWN_ERASURE, "An administrator's own data is erased by another administrator.");
        }
        return erasures.erase(personId, caller.asMetaData());
    }

    @PostMapping("/admin/people/{personId}/rectification")
    Rectified rectify(@PathVariable String personId, @RequestBody(required = false) Rectification body,
                      Authentication authentication) {
        String name = valid(body == null ? null : body.name(), "name");
        String capacity = valid(body == null ? null : body.capacity(), "capacity");
        if (name == null && capacity == null) {
            throw new VaultRefusal(BAD_VALUE, "Give the new name, or the new capacity, or both.");
        }
        Map<String, String> actor = Caller.of(authentication).asMetaData();
        return new Rectified(name == null ? 0 : erasures.rectify(personId, Personal.Kind.NAME, name, actor),
                capacity == null ? 0 : erasures.rectify(personId, Personal.Kind.CAPACITY, capacity, actor));
    }

    /** Absent stays null; given, it is 1 to 200 characters without control characters. */
    private static String valid(String value, String what) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > LONGEST_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new VaultRefusal(BAD_VALUE, "The new " + what + " is 1 to " + LONGEST_NAME
                    + " characters, without control characters.");
        }
        return stripped;
    }

    @ExceptionHandler(VaultRefusal.class)
    ResponseEntity<ProblemDetail> refused(VaultRefusal refusal) {
        return ResponseEntity.status(refusal.reason().status)
                .body(Problems.of(refusal.reason().status, refusal.reason().code, refusal.getMessage()));
    }
}
