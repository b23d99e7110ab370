package org.entente.web.audit;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * "As of" a calendar day (and a time, end of the day if none) in Paris time, or as of a version. A day means
 * the day as it ended: everything recorded on it is included.
 */
record AsOfForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time, Long version) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    boolean byVersion() {
        return version != null;
    }

    boolean isEmpty() {
        return date == null && version == null;
    }

    Instant instant() {
        LocalTime at = time == null ? LocalTime.MAX : time.withSecond(59).withNano(999_999_999);
        return date.atTime(at).atZone(PARIS).toInstant();
    }
}
