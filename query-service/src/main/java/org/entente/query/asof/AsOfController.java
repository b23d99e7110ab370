package org.entente.query.asof;

import org.entente.query.vault.OpensPersonalValues;
import org.entente.platform.problem.BadRequest;
import org.entente.query.audit.EventLog;
import org.entente.query.audit.LoggedEvent;
import org.entente.query.portfolio.PartnershipAccess;
import org.entente.query.portfolio.PartnershipFold;
import org.entente.query.portfolio.PartnershipState;
import org.entente.platform.security.Caller;
import org.entente.query.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code GET /partnerships/{id}/state?asOf=<instant>}, {@code ?effectiveAsOf=<date>} or {@code ?version=<n>}: the
 * partnership as it was, folded from its stored events by {@link PartnershipFold}, the very code that keeps the live
 * view. {@code asOf} reads the recording axis (what Entente knew at that instant); {@code effectiveAsOf} the
 * effective one (what was in effect at the end of that day, an imported convention's past steps on the days they
 * took effect, every other step on the day it was recorded, in the installation's time zone). The state says the
 * sequence ({@code version}) and time ({@code lastEventAt}) of the last event applied.
 */
@RestController
@RequestMapping("/partnerships/{id}/state")
class AsOfController {

    private final EventLog log;
    private final PartnershipAccess access;
    private final ZoneId zone;

    AsOfController(EventLog log, PartnershipAccess access, @Value("${entente.time-zone:Europe/Paris}") ZoneId zone) {
        this.log = log;
        this.access = access;
        this.zone = zone;
    }

    @OpensPersonalValues
    @GetMapping
    PartnershipState state(@PathVariable UUID id, @RequestParam(required = false) Instant asOf,
                           @RequestParam(required = false) LocalDate effectiveAsOf,
                           @RequestParam(required = false) Long version, Authentication authentication) {
        if (Stream.of(asOf, effectiveAsOf, version).filter(Objects::nonNull).count() != 1) {
            throw new BadRequest("as-of-or-version", "Give exactly one of asOf (an ISO instant), effectiveAsOf (an "
                    + "ISO date) or version.");
        }
        access.requireReadable(Caller.of(authentication), id);
        Predicate<LoggedEvent> applied = asOf != null ? event -> !event.occurredAt().isAfter(asOf)
                : effectiveAsOf != null ? event -> !event.tookEffectOn(zone).isAfter(effectiveAsOf)
                : event -> event.sequence() <= version;
        PartnershipState state = null;
        for (LoggedEvent event : log.of(id)) {
            if (!applied.test(event)) {
                break;
            }
            state = PartnershipFold.evolve(state, log.payload(event), event.sequence(), event.occurredAt(),
                    event.effectiveDate());
        }
        if (state == null) {
            throw new NotFound("Partnership " + id + " at that moment");
        }
        return state;
    }
}
