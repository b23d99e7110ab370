package org.entente.command.partnership;

import jakarta.validation.Valid;
import org.entente.platform.security.Caller;
import org.entente.events.Institution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Accepts new partnerships. Reads are served by the query service, where Location points. */
@RestController
@RequestMapping("/partnerships")
class PartnershipCommandController {

    private final CommandSender commands;
    private final URI queryService;

    PartnershipCommandController(CommandSender commands, @Value("${entente.links.query-service}") URI queryService) {
        this.commands = commands;
        this.queryService = queryService;
    }

    @PostMapping
    ResponseEntity<Accepted> propose(@Valid @RequestBody ProposalRequest request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Actor actor = commands.actor(caller, "partner");
        UUID id = UUID.randomUUID();
        ProposePartnership command = new ProposePartnership(id,
                request.reference() == null ? Reference.of(id) : request.reference(),
                request.title(), request.purpose(), request.type(), request.legalBasis().toValue(),
                request.territory().toValue(),
                new Institution(actor.institutionId(), request.lead().name(), request.lead().kind()),
                request.invitations().stream().map(ProposalRequest.InvitationRequest::toValue).toList(),
                request.terms().toValue(), request.effectiveDate());
        long version = commands.dispatch(command, caller);
        return ResponseEntity.created(queryService.resolve("/partnerships/" + id))
                .eTag(Long.toString(version))
                .body(new Accepted(id, version));
    }
}
