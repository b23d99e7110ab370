package org.entente.calendar;

import java.time.Period;
import java.util.Optional;

/**
 * How often an evaluation plan's {@code frequency} asks for an evaluation: every so many months from the term's
 * start, or once at its end. The frequency is the partners' own words, in French or in English; words it does not
 * know make no due date (the plan is then read by people, as before), never a guessed one.
 */
public sealed interface Cadence {

    /** An evaluation at the end of every period from the term's start (the last one at the term's end). */
    record Every(Period period) implements Cadence {
    }

    /** One evaluation, at the term's end. */
    record AtTheEnd() implements Cadence {
    }

    /** The cadence the words name, if they name one. */
    static Optional<Cadence> of(String frequency) {
        if (frequency == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CadenceWords.KNOWN.get(CadenceWords.plain(frequency)));
    }
}
