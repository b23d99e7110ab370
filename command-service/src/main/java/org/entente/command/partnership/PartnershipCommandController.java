package org.entente.command.partnership;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.entente.command.web.Caller;
import org.entente.events.Institution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.entente.command.partnership.CommandRefused.Reason.NOT_A_PARTNER_ROLE;
import static org.entente.command.partnership.CommandRefused.Reason.NO_INSTITUTION;

/** Accepts commands on partnerships. Reads are served by the query service, where Location points. */
@RestController
@RequestMapping("/partnerships")
class PartnershipCommandController {

    /** The shape every institution id must have, as the invitation bodies and read models bound it. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern INSTITUTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final CommandGateway commands;
    private final URI queryService;

    PartnershipCommandController(CommandGateway commands, @Value("${entente.links.query-service}") URI queryService) {
        this.commands = commands;
        this.queryService = queryService;
    }

    @PostMapping
    ResponseEntity<Accepted> propose(@Valid @RequestBody ProposalRequest request, Authentication authentication) {
        Caller caller = actingPartner(authentication);
        UUID id = UUID.randomUUID();
        ProposePartnership command = new ProposePartnership(id,
                request.reference() == null ? Reference.of(id) : request.reference(),
                request.title(), request.purpose(), request.type(), request.legalBasis().toValue(),
                request.territory().toValue(),
                new Institution(caller.institutionId(), request.lead().name(), request.lead().kind()),
                request.invitations().stream().map(ProposalRequest.InvitationRequest::toValue).toList(),
                request.terms().toValue());
        long version = send(command, caller);
        return ResponseEntity.created(queryService.resolve("/partnerships/" + id))
                .eTag(Long.toString(version))
                .body(new Accepted(id, version));
    }

    private long send(Object command, Caller caller) {
        Long version = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(caller.asMetaData())),
                COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (version == null) {
            // Interrupted or timed out: whether the events were stored is unknown, so no success is claimed.
            throw new IllegalStateException("No outcome for " + command.getClass().getSimpleName() + " within "
                    + COMMAND_TIMEOUT.toSeconds() + " s");
        }
        return version;
    }

    private static Caller actingPartner(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.hasRole("partner")) {
            throw new CommandRefused(NOT_A_PARTNER_ROLE, "Only a member with the partner role acts for an institution.");
        }
        if (caller.institutionId() == null || !INSTITUTION_ID.matcher(caller.institutionId()).matches()) {
            throw new CommandRefused(NO_INSTITUTION, "Your token names no valid institution to act for "
                    + "(1 to 64 letters, digits, '.', '_', ':' or '-').");
        }
        return caller;
    }

    /** What a client learns of an accepted command: which partnership, at which version. */
    record Accepted(UUID partnershipId, long version) {
    }
}
