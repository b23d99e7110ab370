package org.entente.command.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.entente.ledger.Chain;
import org.entente.ledger.Envelope;
import org.entente.ledger.Hex;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives each event, as its command applies it, its chain hash, and its leaf in the log just before the command's
 * transaction commits: the leaf row and the event commit together or not at all. The chain continues from the
 * last hash stored for the partnership, or from the events applied earlier in the same command. Two commands
 * racing on one partnership compute from the same predecessor; the event store's unique sequence lets only one
 * of them commit. The leaf indexes are handed out last (see {@link PendingLeaves}): the counter row's lock, which
 * keeps them gap-free in commit order, is then held for the leaf inserts and the commit only, not for the rest of
 * the command.
 */
@Component
class LedgerAppender implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String HEADS = LedgerAppender.class.getName() + ".heads";

    private final Envelopes envelopes;
    private final LedgerLeaves leaves;
    private final PendingLeaves pending;

    LedgerAppender(Envelopes envelopes, LedgerLeaves leaves, PendingLeaves pending) {
        this.envelopes = envelopes;
        this.leaves = leaves;
        this.pending = pending;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (position, message) -> message instanceof DomainEventMessage<?> event ? append(event) : message;
    }

    private EventMessage<?> append(DomainEventMessage<?> event) {
        Map<String, byte[]> heads = heads();
        byte[] previous = heads.computeIfAbsent(event.getAggregateIdentifier(), leaves::lastChainHash);
        Envelope envelope = envelopes.of(event);
        byte[] chainHash = Chain.next(previous == null ? Chain.GENESIS : previous, envelope);
        pending.add(new LedgerLeaves.Leaf(event.getIdentifier(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), chainHash, Chain.leafData(envelope, chainHash)));
        heads.put(event.getAggregateIdentifier(), chainHash);
        return event.andMetaData(Map.of(LedgerMetaData.CHAIN_HASH, Hex.of(chainHash)));
    }

    /** The chain heads of the partnerships this command touched so far. */
    private static Map<String, byte[]> heads() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(HEADS, key -> new HashMap<>())
                : new HashMap<>();
    }
}
