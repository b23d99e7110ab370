package org.entente.query.readmodel;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One generation of the read-model tables. The live generation has the plain names every reader queries; a
 * replay writes a generation of its own, named with a suffix, and renames it into place when it is complete.
 * Names are built only from this suffix, never from a request, so they are safe to put into SQL.
 */
public record Tables(String suffix) {

    private static final Pattern SUFFIX = Pattern.compile("(_[a-z]+[0-9]+)?");

    public static final Tables LIVE = new Tables("");

    public Tables {
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("Not a table suffix: " + suffix);
        }
    }

    /** The generation a replay builds. */
    public static Tables rebuiltBy(long replayId) {
        return new Tables("_r" + replayId);
    }

    /** The name the live generation takes when a replay replaces it, until it is dropped. */
    public static Tables retiredBy(long replayId) {
        return new Tables("_old" + replayId);
    }

    public boolean isLive() {
        return suffix.isEmpty();
    }

    public String events() {
        return "partnership_event" + suffix;
    }

    public String partnerships() {
        return "partnership" + suffix;
    }

    public String partners() {
        return "partnership_partner" + suffix;
    }

    public String deadlines() {
        return "partnership_deadline" + suffix;
    }

    public String parked() {
        return "parked_event" + suffix;
    }

    /**
     * Every table of the generation, in the order the intake first touches them. Locking them in this order
     * cannot deadlock with an intake that is applying an event.
     */
    public List<String> all() {
        return List.of(events(), parked(), partnerships(), partners(), deadlines());
    }
}
