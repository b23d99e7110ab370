package org.entente.command.vault;

import org.entente.platform.problem.Problems;
import org.entente.platform.security.Caller;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.entente.command.vault.VaultRefusal.Reason.BAD_NAME;
import static org.entente.command.vault.VaultRefusal.Reason.OWN_ERASURE;

/**
 * An administrator's commands on a person's data (the {@code /admin} paths are theirs alone): erasure, at the
 * person's request, and rectification of their name. The person is named by the identifier their identity provider
 * gives them, the one Entente recorded as the actor of their steps.
 */
@RestController
class PeopleController {

    static final int LONGEST_NAME = 200;

    record Rectification(String name) {
    }

    record Rectified(int partnerships) {
    }

    private final Erasures erasures;

    PeopleController(Erasures erasures) {
        this.erasures = erasures;
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
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new VaultRefusal(BAD_NAME, "The new name is 1 to " + LONGEST_NAME
                    + " characters, without control characters.");
        }
        return new Rectified(erasures.rectifyName(personId, name, Caller.of(authentication).asMetaData()));
    }

    @ExceptionHandler(VaultRefusal.class)
    ResponseEntity<ProblemDetail> refused(VaultRefusal refusal) {
        return ResponseEntity.status(refusal.reason().status)
                .body(Problems.of(refusal.reason().status, refusal.reason().code, refusal.getMessage()));
    }
}
