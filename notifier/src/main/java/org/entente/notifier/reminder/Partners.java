package org.entente.notifier.reminder;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the notifier knows of a partnership: enough to name it and to know whom to tell.
 *
 * @param title     its title, as proposed
 * @param reference its reference
 * @param leadName  the lead institution's name, for invitations
 * @param members   the partners, by institution id: the lead and each invitee that accepted, until it withdrew
 * @param sequence  the position of the last event taken into account, -1 before any
 */
public record Partners(String title, String reference, String leadName, Set<String> members, long sequence) {

    /** A partnership the notifier has read nothing of. */
    public static final Partners UNKNOWN = new Partners(null, null, null, Set.of(), -1);

    public Partners {
        members = Set.copyOf(members);
    }

    /** Whether the event at this position was taken into account already (a record read again). */
    public boolean hasSeen(long position) {
        return position <= sequence;
    }

    Partners joined(String institutionId) {
        Set<String> more = new TreeSet<>(members);
        more.add(institutionId);
        return new Partners(title, reference, leadName, more, sequence);
    }

    Partners left(String institutionId) {
        Set<String> fewer = new TreeSet<>(members);
        fewer.remove(institutionId);
        return new Partners(title, reference, leadName, fewer, sequence);
    }

    Partners at(long position) {
        return new Partners(title, reference, leadName, members, position);
    }
}
