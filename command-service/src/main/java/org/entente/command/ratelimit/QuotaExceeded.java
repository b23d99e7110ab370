package org.entente.command.ratelimit;

/** An institution sent more commands than its quota; it may send again after {@code retryAfterSeconds}. */
public final class QuotaExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    QuotaExceeded(String institution, long retryAfterSeconds) {
        super("Your institution (" + institution + ") sent more commands than its quota allows; try again in "
                + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
