package org.entente.command.partnership;

import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.events.PartnershipEvent.EvaluationRecorded.Measurement;
import org.entente.events.Terms;

import java.util.Set;
import java.util.stream.Collectors;

import static org.entente.command.partnership.CommandRefused.Reason.RATING_OUT_OF_RANGE;
import static org.entente.command.partnership.CommandRefused.Reason.TEXT_TOO_LONG;
import static org.entente.command.partnership.CommandRefused.Reason.UNKNOWN_INDICATOR;

/** What makes an evaluation admissible: a real period, a rating on the scale, the partnership's own indicators. */
final class Evaluations {

    private Evaluations() {
    }

    static void check(PartnershipState state, RecordEvaluation command) {
        if (command.periodStart() == null || command.periodEnd() == null
                || !command.periodEnd().isAfter(command.periodStart())) {
            throw new CommandRefused(CommandRefused.Reason.END_BEFORE_START,
                    "An evaluation period must end after it starts.");
        }
        if (command.rating() < 1 || command.rating() > 5) {
            throw new CommandRefused(RATING_OUT_OF_RANGE, "Rating " + command.rating() + " is not between 1 and 5.");
        }
        Set<String> indicators = state.table().terms().objectives().stream()
                .flatMap(objective -> objective.indicators().stream()).map(Terms.Indicator::name)
                .collect(Collectors.toSet());
        for (Measurement measurement : command.measurements()) {
            if (!indicators.contains(measurement.indicator())) {
                throw new CommandRefused(UNKNOWN_INDICATOR, "'" + measurement.indicator()
                        + "' is not an indicator of this partnership's objectives " + indicators + ".");
            }
        }
        Guards.text("findings", command.findings(), 8000);
        if (command.recommendations().size() > 30) {
            throw new CommandRefused(TEXT_TOO_LONG, "At most 30 recommendations are kept.");
        }
        command.recommendations().forEach(text -> Guards.text("recommendation", text, 2000));
    }
}
