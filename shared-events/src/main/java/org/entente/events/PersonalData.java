package org.entente.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The catalogue of personal data in the public contract: every field, of the envelope or of an event's data, that
 * holds a person's data, found from the {@link Personal} annotations of the events' records (nested records and
 * lists of them included). docs/events.md lists the same fields, checked by a test.
 */
public final class PersonalData {

    /** A personal field: {@code event} is {@value #ENVELOPE} for the envelope's own, {@code path} dotted. */
    public record Field(String event, String path, Personal.Kind kind) {
    }

    /** The name under which the envelope's own fields are listed. */
    public static final String ENVELOPE = "(envelope)";

    /** Who acted: a person, whose identifier and name every event's envelope carries. */
    private static final List<Field> OF_THE_ENVELOPE = List.of(new Field(ENVELOPE, "actor.id", Personal.Kind.PERSON_ID),
            new Field(ENVELOPE, "actor.name", Personal.Kind.NAME));

    private PersonalData() {
    }

    /** Every personal field: the envelope's, then each event's in the catalogue's order. */
    public static List<Field> catalogue() {
        List<Field> fields = new ArrayList<>(OF_THE_ENVELOPE);
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            fields.addAll(fieldsOf(PartnershipEvent.typeOf(type).name(), type));
        }
        return List.copyOf(fields);
    }

    /** The personal fields of one record, under the name given, in the order of its components. */
    static List<Field> fieldsOf(String event, Class<?> record) {
        List<Field> fields = new ArrayList<>();
        collect(event, "", record, fields);
        return fields;
    }

    private static void collect(String event, String prefix, Class<?> record, List<Field> fields) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            Personal personal = component.getAnnotation(Personal.class);
            if (personal != null) {
                fields.add(new Field(event, path, personal.value()));
            }
            Class<?> nested = nestedRecord(component);
            if (nested != null) {
                collect(event, path + (component.getType() == List.class ? "[]." : "."), nested, fields);
            }
        }
    }

    /**
     * A copy of {@code record} (an event, or a record in one) in which each personal string is what
     * {@code replace} makes of it, given its field and value; everything else is kept as it is. A null value stays
     * null, since there is nothing of a person in it.
     */
    public static <T extends Record> T rewrite(String event, T record, BiFunction<Field, String, String> replace) {
        return rewrite(event, "", record, replace);
    }

    @SuppressWarnings("unchecked")
    private static <T> T rewrite(String event, String prefix, T record, BiFunction<Field, String, String> replace) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int n = 0; n < components.length; n++) {
            RecordComponent component = components[n];
            types[n] = component.getType();
            values[n] = rewritten(event, prefix, component, read(component, record), replace);
        }
        try {
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (T) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object rewritten(String event, String prefix, RecordComponent component, Object value,
                                    BiFunction<Field, String, String> replace) {
        String path = prefix + component.getName();
        Personal personal = component.getAnnotation(Personal.class);
        if (value == null) {
            return null;
        }
        if (personal != null) {
            return replace.apply(new Field(event, path, personal.value()), (String) value);
        }
        if (nestedRecord(component) == null) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> element == null ? null
                    : rewrite(event, path + "[].", element, replace)).toList();
        }
        return rewrite(event, path + ".", value, replace);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** The record a component holds, itself or as the elements of a list; null when it holds none. */
    private static Class<?> nestedRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (component.getType() == List.class && component.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                return elementClass;
            }
        }
        return null;
    }
}
