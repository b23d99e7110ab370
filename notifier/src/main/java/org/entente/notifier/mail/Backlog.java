package org.entente.notifier.mail;

import java.time.Instant;

/**
 * The mails not delivered yet.
 *
 * @param waiting   how many are queued and not sent
 * @param failing   how many of those failed at least once
 * @param oldest    when the oldest of them was queued, null when none waits
 * @param lastError the error of the latest failure among them, null when none failed
 */
public record Backlog(long waiting, long failing, Instant oldest, String lastError) {
}
