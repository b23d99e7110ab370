package org.entente.command.vault;

import org.entente.events.Personal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each kind of personal data is kept from the day it was recorded (docs/operating.md): by default ten
 * years for who acted, names and capacities — the conventions' durée d'utilité administrative, as long as an
 * auditor may replay a partnership — and three for e-mail addresses and telephone numbers, which serve only while
 * people work together.
 */
@Component
class RetentionPeriods {

    private final Map<Personal.Kind, Period> periods = new EnumMap<>(Personal.Kind.class);

    RetentionPeriods(@Value("${entente.retention.person-id:P10Y}") Period personId,
                     @Value("${entente.retention.name:P10Y}") Period name,
                     @Value("${entente.retention.capacity:P10Y}") Period capacity,
                     @Value("${entente.retention.email:P3Y}") Period email,
                     @Value("${entente.retention.phone:P3Y}") Period phone) {
        periods.put(Personal.Kind.PERSON_ID, positive(personId, "person-id"));
        periods.put(Personal.Kind.NAME, positive(name, "name"));
        periods.put(Personal.Kind.CAPACITY, positive(capacity, "capacity"));
        periods.put(Personal.Kind.EMAIL, positive(email, "email"));
        periods.put(Personal.Kind.PHONE, positive(phone, "phone"));
    }

    Period of(Personal.Kind kind) {
        return periods.get(kind);
    }

    private static Period positive(Period period, String name) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("entente.retention." + name + " must be a positive period (P10Y, "
                    + "P6M…), not " + period);
        }
        return period;
    }
}
