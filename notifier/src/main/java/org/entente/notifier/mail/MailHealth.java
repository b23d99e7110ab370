package org.entente.notifier.mail;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The backlog in the notifier's health, as {@code ./entente status} prints it: degraded (still answering 200)
 * while mails fail, with how many wait, since when, and the last error.
 */
@Component("mail")
class MailHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Mails fail to be delivered; they wait and are retried");

    private final Outbox outbox;

    MailHealth(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        Backlog backlog = outbox.backlog();
        Health.Builder health = backlog.failing() > 0 ? Health.status(DEGRADED) : Health.up();
        health.withDetail("waiting", backlog.waiting()).withDetail("failing", backlog.failing());
        if (backlog.oldest() != null) {
            health.withDetail("oldestQueuedAt", backlog.oldest().toString());
        }
        if (backlog.lastError() != null) {
            health.withDetail("lastError", backlog.lastError());
        }
        return health.build();
    }
}
