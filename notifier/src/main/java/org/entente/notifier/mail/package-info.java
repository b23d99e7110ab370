/**
 * Mails, from their words to their delivery: composed in the recipient's language, queued once per event and
 * address in the notifier's database, delivered by the postman and tried again with back-off until sent.
 */
package org.entente.notifier.mail;
