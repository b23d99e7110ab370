package org.entente.notifier.topic;

/** What is done with each event read, in the order of its partnership's stream. */
public interface Subscriber {

    /**
     * Takes one event into account. Called again with the same event when a failure kept its position from being
     * committed: taking it twice must do what taking it once did.
     */
    void take(Received received);
}
