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
 * Gives each event, as its command applies it, its chain hash and its leaf in the log, inside the command's
 * transaction: the leaf row and the event commit together or not at all. The chain continues from the last hash
 * stored for the partnership, or from the events applied earlier in the same command. Two commands racing on one
 * partnership compute from the same predecessor; the event store's unique sequence lets only one of them commit.
 */
@Component
class LedgerAppender implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String HEADS = LedgerAppender.class.getName() + ".heads";

    private final Envelopes envelopes;
    private final LedgerLeaves leaves;

    LedgerAppender(Envelopes envelopes, LedgerLeaves leaves) {
        this.envelopes = envelopes;
        this.leaves = leaves;
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
        long index = leaves.nextIndex();
        leaves.add(index, event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(), chainHash,
                Chain.leafData(envelope, chainHash));
        heads.put(event.getAggregateIdentifier(), chainHash);
        return event.andMetaData(Map.of(LedgerMetaData.CHAIN_HASH, Hex.of(chainHash),
                LedgerMetaData.LEDGER_INDEX, Long.toString(index)));
    }

    /** The chain heads of the partnerships this command touched so far. */
    private static Map<String, byte[]> heads() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(HEADS, key -> new HashMap<>())
                : new HashMap<>();
    }
}
