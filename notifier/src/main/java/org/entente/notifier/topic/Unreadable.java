package org.entente.notifier.topic;

/** A record that is no event of this version of the contract; the message says why. */
final class Unreadable extends Exception {

    Unreadable(String message) {
        super(message);
    }
}
