package org.entente.notifier;

import org.entente.notifier.contact.Contact;
import org.entente.notifier.contact.Contacts;
import org.entente.notifier.mail.MailText;
import org.entente.notifier.mail.Outbox;
import org.entente.notifier.mail.QueuedMail;
import org.entente.notifier.reminder.Membership;
import org.entente.notifier.reminder.Partners;
import org.entente.notifier.reminder.Reminder;
import org.entente.notifier.reminder.Reminders;
import org.entente.notifier.topic.Received;
import org.entente.notifier.topic.Subscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Each event read, in one transaction: the partnership's partners updated, and a mail queued for each contact of
 * each institution the event concerns. An event at or before the last position taken of its partnership is a
 * record read again, and changes nothing; so is a mail whose key is queued already.
 */
@Component
class Notices implements Subscriber {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final Partnerships partnerships;
    private final Contacts contacts;
    private final MailText text;
    private final Outbox outbox;
    private final NotifierSettings settings;
    private final Clock clock;

    Notices(Partnerships partnerships, Contacts contacts, MailText text, Outbox outbox, NotifierSettings settings,
            Clock clock) {
        this.partnerships = partnerships;
        this.contacts = contacts;
        this.text = text;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void take(Received received) {
        UUID id = received.event().partnershipId();
        Partners before = partnerships.lock(id);
        if (before.hasSeen(received.sequence())) {
            return;
        }
        Partners after = Membership.apply(before, received.event(), received.sequence());
        partnerships.save(id, after);
        Instant now = clock.instant();
        if (Reminders.outdated(received.recordedAt(), received.effectiveDate(), now, settings.horizon())) {
            return;
        }
        Reminders.of(before, received.event()).ifPresent(reminder -> queue(received, after, reminder, now));
    }

    private void queue(Received received, Partners partners, Reminder reminder, Instant now) {
        UUID id = received.event().partnershipId();
        URI page = settings.webUrl().resolve("/partnerships/" + id);
        for (String institution : reminder.recipients()) {
            if (contacts.of(institution).isEmpty()) {
                log.info("No contact address for {}: not told of {} ({})", institution, reminder.kind(), id);
            }
            for (Contact contact : contacts.of(institution)) {
                MailText.Composed mail = text.compose(reminder, partners.title(), partners.reference(), page,
                        contact.language());
                outbox.queue(new QueuedMail(received.eventId() + "/" + reminder.kind() + "/" + contact.address(),
                        received.eventId(), id, reminder.kind().name(), institution, contact.address(),
                        contact.language().toLanguageTag(), mail), now);
            }
        }
    }
}
