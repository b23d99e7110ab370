package org.entente.events;

import java.util.Map;

/**
 * One step in the life of an event's shape: rewrites the data of {@link #eventName()} at revision
 * {@link #fromRevision()} as the next revision holds it. A new revision of an event is published together with the
 * step from the one before, so that records and stored events of every earlier revision are read as today's; the
 * guard that none is missing is {@code UpcastersCoverEveryRevisionTest}. The data is a JSON object as plain maps,
 * lists, strings, numbers and booleans: the contract depends on no JSON library.
 */
public interface EventUpcaster {

    /** The event's published name, as in {@link EventType#name()}. */
    String eventName();

    /** The revision this step reads; it writes {@code fromRevision() + 1}. */
    int fromRevision();

    /** The data at the next revision; {@code data} is the step's to change and return. */
    Map<String, Object> upcast(Map<String, Object> data);
}
