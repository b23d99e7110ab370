package org.entente.notifier.contact;

import java.util.Locale;

/** One address of an institution, and the language its mails are written in. */
public record Contact(String address, Locale language) {
}
