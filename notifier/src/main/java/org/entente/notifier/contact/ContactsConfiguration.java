package org.entente.notifier.contact;

import org.entente.notifier.NotifierSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contacts of the configured file, read once at start; none, said loudly, when no file is configured. */
@Configuration(proxyBeanMethods = false)
class ContactsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContactsConfiguration.class);

    @Bean
    Contacts contacts(NotifierSettings settings) {
        return settings.contactsFile().map(file -> {
            Contacts contacts = Contacts.read(file);
            log.info("Contact addresses of {} institutions, from {}", contacts.institutions(), file);
            return contacts;
        }).orElseGet(() -> {
            log.warn("No contacts file (ENTENTE_NOTIFIER_CONTACTS): nobody will be mailed");
            return Contacts.NONE;
        });
    }
}
