package org.entente.command.partnership;

import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.entente.command.vault.Parties;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The institutions that take or took part in a partnership, as its events say: who may read what was recorded in
 * it, its people's names included (the vault asks before it opens a value). Read from the aggregate, which the
 * cache usually holds already.
 */
@Component
class PartnershipParties implements Parties {

    private final Repository<Partnership> partnerships;

    PartnershipParties(Repository<Partnership> partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public Set<String> of(String partnershipId) {
        ResultMessage<Set<String>> parties = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> partnerships.load(partnershipId).invoke(Partnership::parties));
        if (!parties.isExceptional()) {
            return parties.getPayload();
        }
        if (parties.exceptionResult() instanceof AggregateNotFoundException) {
            return Set.of();
        }
        throw new IllegalStateException("The partnership " + partnershipId + " could not be read",
                parties.exceptionResult());
    }
}
