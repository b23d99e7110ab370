package org.entente.command.publishing;

/**
 * Tells when the publisher's processor went back to an earlier position, from the positions of the events it is
 * given, so that the end of the topic is read again once for the way back up. A position below the highest one
 * seen is a way back; an equal one is not: it is the position of an event that filled a gap (an event with a
 * lower global index that committed later), which Axon delivers under the token's unchanged highest index.
 * Concurrent commits make such gaps common, and taking each for a way back read the topic's end again for every
 * one of them (BENCHMARKS.md, issue 12).
 */
final class Rewinds {

    private long highest = -1;
    private boolean goingOverAgain;

    /** Whether an event at {@code position} starts a way back; true once per way back. */
    synchronized boolean wentBack(long position) {
        if (position > highest) {
            highest = position;
            goingOverAgain = false;
            return false;
        }
        if (position >= 0 && position < highest && !goingOverAgain) {
            goingOverAgain = true;
            return true;
        }
        return false;
    }
}
