package org.entente.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

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
