package org.entente.events;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published revisions today's contract could not read: every revision of an event below its current one
 * needs its step to the next, so that a chain of upcasters reaches today's class from any record ever written.
 */
final class UpcasterCoverage {

    private UpcasterCoverage() {
    }

    /**
     * @param published every type a schema was ever published for, released or current
     * @param current   each event's revision today, by name
     * @return one line per revision that no step reads, or that names no event of today's contract
     */
    static List<String> missing(Collection<PublishedType> published, Map<String, Integer> current,
                                EventUpcasters upcasters) {
        Set<String> missing = new LinkedHashSet<>();
        for (PublishedType type : published.stream().distinct().sorted(Comparator.comparing(PublishedType::toString))
                .toList()) {
            Integer today = current.get(type.name());
            if (today == null) {
                missing.add(type + " was published, and no event of today's contract has that name");
                continue;
            }
            for (int revision = type.revision(); revision < today; revision++) {
                PublishedType at = new PublishedType(type.name(), revision);
                if (upcasters.step(at).isEmpty()) {
                    missing.add(at + " has no upcaster to revision " + (revision + 1));
                }
            }
        }
        return List.copyOf(missing);
    }
}
