package org.entente.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published names of the events: the CloudEvents {@code type} of each, and the JSON Schema that describes
 * its data. Subscribers see these names, never Java class names.
 */
public final class EventCatalog {

    /** CloudEvents {@code type} = this prefix + event name + {@code .v} + revision. */
    public static final String TYPE_PREFIX = "org.entente.partnership.";

    private static final List<Class<? extends PartnershipEvent>> TYPES = Arrays.stream(
                    PartnershipEvent.class.getPermittedSubclasses())
            .<Class<? extends PartnershipEvent>>map(type -> type.asSubclass(PartnershipEvent.class))
            .toList();
    private static final Map<String, Class<? extends PartnershipEvent>> BY_CLOUD_EVENT_TYPE = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog::cloudEventType, Function.identity()));
    private static final Map<String, Class<? extends PartnershipEvent>> BY_NAME = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(type -> PartnershipEvent.typeOf(type).name(), Function.identity()));

    private EventCatalog() {
    }

    public static List<Class<? extends PartnershipEvent>> types() {
        return TYPES;
    }

    public static String cloudEventType(Class<? extends PartnershipEvent> eventClass) {
        EventType type = PartnershipEvent.typeOf(eventClass);
        return TYPE_PREFIX + type.name() + ".v" + type.revision();
    }

    public static Optional<Class<? extends PartnershipEvent>> forCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    /** Today's class of the event published under this name, whatever revision a record of it carries. */
    public static Optional<Class<? extends PartnershipEvent>> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The classpath location of the JSON Schema of an event's data. */
    public static String schemaResource(Class<? extends PartnershipEvent> eventClass) {
        EventType type = PartnershipEvent.typeOf(eventClass);
        return "/schemas/" + type.name() + ".v" + type.revision() + ".schema.json";
    }
}
