package org.entente.command.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.entente.command.vault.Vault;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.PersonalDataRectified;
import org.entente.events.PersonalData;
import org.entente.events.Personal;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Writes each new event in the version-2 envelope (docs/ledger.md §9): every personal value — who acted, and each
 * field the catalogue marks {@link Personal} — goes to the {@link Vault}, and the event keeps the text of its salted
 * commitment instead, in the event store, in the ledger and on the topic alike. Every personal value of an event
 * is the acting person's own (a signatory signs under their own name and capacity), so it is sealed under their
 * key, except in a rectification, whose new name or capacity is the person's the administrator names ({@link Vault#SUBJECT}):
 * the rectified commitments then stand for it. Entente's own acts (the passage of time) carry no person: their
 * actor stays in the clear.
 */
@Component
class PersonalValueSealer implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String SYSTEM = "system";
    private static final PersonalData.Field ACTOR_ID = new PersonalData.Field(PersonalData.ENVELOPE, "actor.id",
            Personal.Kind.PERSON_ID);
    private static final PersonalData.Field ACTOR_NAME = new PersonalData.Field(PersonalData.ENVELOPE, "actor.name",
            Personal.Kind.NAME);

    private final Vault vault;

    PersonalValueSealer(Vault vault) {
        this.vault = vault;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (position, message) -> message instanceof DomainEventMessage<?> event ? seal(event) : message;
    }

    private EventMessage<?> seal(DomainEventMessage<?> event) {
        Map<String, Object> metaData = new HashMap<>(event.getMetaData());
        metaData.put(LedgerMetaData.ENVELOPE, "2");
        Object subject = metaData.remove(Vault.SUBJECT);
        Object actor = metaData.get("actorId");
        if (actor == null || actor.toString().isEmpty() || SYSTEM.equals(actor)) {
            return event.withMetaData(metaData);
        }
        String person = actor.toString();
        metaData.put("actorId", commit(event, person, ACTOR_ID, person));
        Object name = metaData.get("actorName");
        if (name != null && !name.toString().isEmpty()) {
            metaData.put("actorName", commit(event, person, ACTOR_NAME, name.toString()));
        }
        String owner = subject == null ? person : subject.toString();
        PartnershipEvent payload = (PartnershipEvent) event.getPayload();
        Record sealed = PersonalData.rewrite(PartnershipEvent.typeOf(payload.getClass()).name(), (Record) payload,
                (field, value) -> commit(event, owner, field, value));
        if (sealed instanceof PersonalDataRectified rectified) {
            vault.supersede(rectified.replaces(), rectified.value());
        }
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), sealed, metaData, event.getIdentifier(), event.getTimestamp());
    }

    private String commit(DomainEventMessage<?> event, String person, PersonalData.Field field, String value) {
        return vault.commit(new Vault.Occurrence(person, event.getAggregateIdentifier(), event.getIdentifier(), field),
                value);
    }
}
