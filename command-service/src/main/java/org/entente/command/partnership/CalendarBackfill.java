package org.entente.command.partnership;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.entente.command.partnership.Commands.KeepCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Writes the pending items of every partnership ever activated into the schedule: an installation upgraded to the
 * scheduler had partnerships in force whose items no command had kept (Flyway V7 plans this once, for the first
 * start after the upgrade). Each partnership decides its own items, as after any command; one out of force has
 * none. An item whose day has passed falls due at once and is recorded, with those due before it, once.
 */
@Component
public class CalendarBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarBackfill.class);
    private static final String ACTIVATED = "SELECT DISTINCT aggregateIdentifier FROM DomainEventEntry "
            + "WHERE payloadType LIKE '%PartnershipActivated'";

    private final JdbcTemplate jdbc;
    private final CommandGateway gateway;

    CalendarBackfill(JdbcTemplate jdbc, CommandGateway gateway) {
        this.jdbc = jdbc;
        this.gateway = gateway;
    }

    /** Answers how many partnerships it went through. */
    public int keepEveryCalendar() {
        List<String> activated = jdbc.queryForList(ACTIVATED, String.class);
        for (String id : activated) {
            gateway.sendAndWait(PassageOfTime.bySystem(new KeepCalendar(UUID.fromString(id))), 15,
                    TimeUnit.SECONDS);
        }
        LOG.info("The calendars of {} partnership(s) activated so far are in the schedule", activated.size());
        return activated.size();
    }
}
