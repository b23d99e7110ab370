package org.entente.command.vault;

import org.springframework.http.HttpStatus;

/** Why the vault refuses an erasure or a rectification, with the problem's status and stable code. */
final class VaultRefusal extends RuntimeException {

    enum Reason {
        UNKNOWN_PERSON(HttpStatus.NOT_FOUND, "vault.unknown-person"),
        ALREADY_ERASED(HttpStatus.CONFLICT, "vault.already-erased"),
        PERSON_ERASED(HttpStatus.CONFLICT, "vault.person-erased"),
        OWN_ERASURE(HttpStatus.CONFLICT, "vault.own-erasure"),
        BAD_VALUE(HttpStatus.BAD_REQUEST, "vault.bad-value");

        final HttpStatus status;
        final String code;

        Reason(HttpStatus status, String code) {
            this.status = status;
            this.code = code;
        }
    }

    private final Reason reason;

    VaultRefusal(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
