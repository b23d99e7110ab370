package org.entente.notifier;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the notifier reads, whom it writes as, and what it leaves unsaid.
 *
 * @param bootstrapServers the Kafka brokers of the public topic
 * @param topic            the partnership topic
 * @param group            the consumer group: instances of one notifier share it, so that each record is read once
 * @param from             the sender of every mail
 * @param webUrl           the web application, for the link to the partnership in each mail
 * @param contacts         the file of the institutions' contact addresses; none configured, nobody is mailed
 * @param horizon          an event recorded longer ago than this calls for no mail: a notifier started on a topic of
 *                         several years must not remind anybody of what fell due in those years
 */
@ConfigurationProperties("entente.notifier")
public record NotifierSettings(String bootstrapServers, String topic, String group, String from, URI webUrl,
                               String contacts, Duration horizon) {

    /** The contacts file, when one is configured. */
    public java.util.Optional<Path> contactsFile() {
        return contacts == null || contacts.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(contacts));
    }
}
