package org.entente.command.partnership;

import java.util.HashSet;
import java.util.Set;

/** Immutable set arithmetic for the state records. */
final class Sets {

    private Sets() {
    }

    static <T> Set<T> with(Set<T> set, T element) {
        Set<T> next = new HashSet<>(set);
        next.add(element);
        return Set.copyOf(next);
    }
}
