package org.entente.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's upcasters, chained: how today's contract reads an event of any published revision. Both services
 * read through it, query-service the records of the topic and of its event log, command-service the events of its
 * store (through Axon's upcaster chain), so that neither refuses an event of an earlier revision.
 */
public final class EventUpcasters {

    /** The contract's steps: none yet, every event being at its first revision (docs/events.md, "Compatibility"). */
    private static final EventUpcasters CONTRACT = new EventUpcasters(List.of());

    private final Map<PublishedType, EventUpcaster> steps;

    public EventUpcasters(Collection<? extends EventUpcaster> steps) {
        Map<PublishedType, EventUpcaster> byRevision = new HashMap<>();
        for (EventUpcaster step : steps) {
            PublishedType from = new PublishedType(step.eventName(), step.fromRevision());
            if (byRevision.putIfAbsent(from, step) != null) {
                throw new IllegalArgumentException("Two upcasters read " + from + ": one step per revision");
            }
        }
        this.steps = Map.copyOf(byRevision);
    }

    public static EventUpcasters contract() {
        return CONTRACT;
    }

    /** The step that reads {@code from}, if any. */
    public Optional<EventUpcaster> step(PublishedType from) {
        return Optional.ofNullable(steps.get(from));
    }

    /**
     * How today's contract reads an event published as {@code cloudEventType}: the class and the steps to it.
     *
     * @throws UnreadableEvent for a type this contract does not know, a revision newer than today's, or one whose
     *                         chain of steps is broken
     */
    public Reading reading(String cloudEventType) {
        return reading(PublishedType.parse(cloudEventType).orElseThrow(() -> unknown(cloudEventType)));
    }

    /** How today's contract reads an event of that name and revision; refused as {@link #reading(String)} is. */
    public Reading reading(PublishedType type) {
        Class<? extends PartnershipEvent> eventClass = EventCatalog.forName(type.name())
                .orElseThrow(() -> unknown(type.cloudEventType()));
        int current = PartnershipEvent.typeOf(eventClass).revision();
        if (type.revision() > current) {
            throw new UnreadableEvent("Type " + type.cloudEventType() + " is newer than this version of the "
                    + "contract, which reads " + type.name() + " up to revision " + current);
        }
        return new Reading(eventClass, chain(type, current));
    }

    private static UnreadableEvent unknown(String cloudEventType) {
        return new UnreadableEvent("Type " + cloudEventType + " is unknown to this version of the contract");
    }

    /** The steps from {@code from} up to revision {@code target}, in order. */
    List<EventUpcaster> chain(PublishedType from, int target) {
        List<EventUpcaster> chain = new ArrayList<>();
        for (int revision = from.revision(); revision < target; revision++) {
            PublishedType at = new PublishedType(from.name(), revision);
            chain.add(step(at).orElseThrow(() -> new UnreadableEvent("No upcaster reads " + at
                    + ": this version of the contract cannot read that revision")));
        }
        return List.copyOf(chain);
    }

    /** How to read one published type: today's class, and the steps its data takes first (none when current). */
    public record Reading(Class<? extends PartnershipEvent> eventClass, List<EventUpcaster> steps) {

        public boolean upcasts() {
            return !steps.isEmpty();
        }

        /** The data at today's revision. */
        public Map<String, Object> upcast(Map<String, Object> data) {
            Map<String, Object> upcast = data;
            for (EventUpcaster step : steps) {
                upcast = step.upcast(upcast);
            }
            return upcast;
        }
    }

    /** The event cannot be read as any event of this version of the contract; the message says why. */
    public static final class UnreadableEvent extends IllegalArgumentException {
        UnreadableEvent(String message) {
            super(message);
        }
    }
}
