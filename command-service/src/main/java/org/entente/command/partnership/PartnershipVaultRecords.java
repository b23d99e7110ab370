package org.entente.command.partnership;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.entente.command.partnership.Commands.RecordErasure;
import org.entente.command.partnership.Commands.RecordRectification;
import org.entente.command.vault.Vault;
import org.entente.command.vault.VaultRecords;
import org.entente.events.ErasureGround;
import org.entente.events.Personal;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Records the vault's erasures and rectifications in the partnerships, through their aggregate. */
@Component
class PartnershipVaultRecords implements VaultRecords {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final CommandGateway gateway;

    PartnershipVaultRecords(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void recordErasure(String partnershipId, List<String> commitments, ErasureGround ground,
                              Map<String, String> actor) {
        send(new RecordErasure(UUID.fromString(partnershipId), commitments, ground), actor);
    }

    @Override
    public void recordRectification(String partnershipId, List<String> replaces, Personal.Kind kind, String value,
                                    String personId, Map<String, String> actor) {
        Map<String, String> metaData = new HashMap<>(actor);
        metaData.put(Vault.SUBJECT, personId);
        boolean name = kind == Personal.Kind.NAME;
        send(new RecordRectification(UUID.fromString(partnershipId), replaces, name ? value : null,
                name ? null : value), metaData);
    }

    private void send(Object command, Map<String, String> metaData) {
        Object version = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(MetaData.from(metaData)), TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (version == null) {
            throw new IllegalStateException("No outcome for " + command.getClass().getSimpleName() + " within "
                    + TIMEOUT.toSeconds() + " s");
        }
    }
}
