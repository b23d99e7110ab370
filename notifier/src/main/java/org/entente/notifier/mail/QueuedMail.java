package org.entente.notifier.mail;

import java.util.UUID;

/**
 * A mail to deliver, as queued.
 *
 * @param key         the same for every reading of the same event to the same address: the mail is queued once
 * @param eventId     the event that called for it
 * @param kind        which reminder it is
 * @param institution the institution whose contact it goes to
 * @param address     that contact's address
 * @param language    the language it is written in
 * @param text        its subject and body
 */
public record QueuedMail(String key, String eventId, UUID partnershipId, String kind, String institution,
                         String address, String language, MailText.Composed text) {
}
