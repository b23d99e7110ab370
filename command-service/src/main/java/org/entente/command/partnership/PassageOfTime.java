package org.entente.command.partnership;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.entente.calendar.DueItem;
import org.entente.command.partnership.Commands.ActOnDueItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Sends a due item's command in Entente's own name: its events carry the actor {@code system} and no institution.
 * The partnership decides; a refusal because the item is done or no longer due ends the matter, since that is how
 * an item sent twice is recorded once.
 */
@Component
public class PassageOfTime {

    /**
     * Who records the passage of time, in every event's actor attributes: Entente, of no institution (no
     * attribute at all, as the contract says: an empty one would be hashed by the ledger but not published).
     */
    static final Map<String, String> SYSTEM = Map.of("actorId", "system", "actorName", "Entente");
    private static final Logger LOG = LoggerFactory.getLogger(PassageOfTime.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final CommandGateway gateway;

    PassageOfTime(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A command of Entente's own, with the system's actor attributes. */
    static CommandMessage<?> bySystem(Object command) {
        return GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(SYSTEM));
    }

    /** Throws when the outcome is unknown or the item is not due yet, so that the scheduler tries again. */
    public void act(UUID partnershipId, DueItem.Kind kind, LocalDate date) {
        try {
            Object version = gateway.sendAndWait(bySystem(new ActOnDueItem(partnershipId, kind, date)),
                    TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (version == null) {
                throw new IllegalStateException("No outcome for " + kind + " of " + partnershipId + " on " + date
                        + " within " + TIMEOUT.toSeconds() + " s");
            }
        } catch (CommandRefused refused) {
            if (refused.reason() == CommandRefused.Reason.NOT_YET_DUE) {
                throw refused;
            }
            LOG.info("Due item {} of {} on {} not recorded: {}", kind, partnershipId, date, refused.getMessage());
        }
    }
}
