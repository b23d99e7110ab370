package org.entente.command.idempotency;

/** The first answer given to a request with an Idempotency-Key; a null status means it is still being handled. */
record StoredOutcome(String requestHash, Integer status, String etag, String location, String body) {

    boolean isComplete() {
        return status != null;
    }
}
