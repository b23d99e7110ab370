package org.entente.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an event that holds a person's data: a name, a capacity that names the person holding it, an e-mail
 * address, a telephone number. The catalogue of them ({@link PersonalData}, docs/events.md "Personal data") is what
 * the ledger commits to under a salt instead of in the clear, so that the value can be erased without breaking a
 * proof. Institutions' names and identifiers are not personal data and stay in the clear.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {

    Kind value();

    /** The kinds of personal data, each with its own retention period. */
    enum Kind {
        /** A person's identifier, as the identity provider gives it. */
        PERSON_ID,
        /** A person's name. */
        NAME,
        /** A signatory's capacity ("Maire de Hayange"): it names the person who holds the office. */
        CAPACITY,
        EMAIL,
        PHONE
    }
}
