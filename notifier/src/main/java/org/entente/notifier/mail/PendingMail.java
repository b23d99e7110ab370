package org.entente.notifier.mail;

/** A queued mail not yet delivered, locked for one delivery attempt. */
record PendingMail(long id, String key, String address, String subject, String body, int failures) {
}
