package org.entente.command.partnership;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.entente.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.entente.command.partnership.CommandRefused.Reason.NOT_A_PARTNER_ROLE;
import static org.entente.command.partnership.CommandRefused.Reason.NO_INSTITUTION;

/** Turns a caller into an actor, sends their command and answers its outcome with the new version. */
@Component
class CommandSender {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);
    /** The shape every institution id must have, as the invitation bodies and read models bound it. */
    private static final Pattern INSTITUTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final CommandGateway gateway;

    CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a command on an existing partnership; signing needs the signatory role, all else the partner role. */
    ResponseEntity<Accepted> send(UUID id, Function<Actor, Object> command, Authentication authentication,
                                  boolean signing) {
        Caller caller = Caller.of(authentication);
        long version = dispatch(command.apply(actor(caller, signing ? "signatory" : "partner")), caller);
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new Accepted(id, version));
    }

    /** Refuses a caller without the role a command needs: {@link RolesFirst} asks before the body is read. */
    static void requireRole(Caller caller, String requiredRole) {
        if (!caller.hasRole(requiredRole)) {
            throw new CommandRefused(requiredRole.equals("partner") ? NOT_A_PARTNER_ROLE
                    : CommandRefused.Reason.SIGNATORY_REQUIRED,
                    "Only a member with the " + requiredRole + " role does this for an institution.");
        }
    }

    Actor actor(Caller caller, String requiredRole) {
        requireRole(caller, requiredRole);
        if (caller.institutionId() == null || !INSTITUTION_ID.matcher(caller.institutionId()).matches()) {
            throw new CommandRefused(NO_INSTITUTION, "Your token names no valid institution to act for "
                    + "(1 to 64 letters, digits, '.', '_', ':' or '-').");
        }
        return new Actor(caller.subject(), caller.name(), caller.institutionId(), Set.copyOf(caller.roles()));
    }

    long dispatch(Object command, Caller caller) {
        Long version = gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(caller.asMetaData())),
                COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (version == null) {
            // Interrupted or timed out: whether the events were stored is unknown, so no success is claimed.
            throw new IllegalStateException("No outcome for " + command.getClass().getSimpleName() + " within "
                    + COMMAND_TIMEOUT.toSeconds() + " s");
        }
        return version;
    }
}
