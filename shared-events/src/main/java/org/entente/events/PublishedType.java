package org.entente.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and revision a CloudEvents {@code type} carries ({@code org.entente.partnership.<name>.v<revision>}):
 * a record of an earlier revision names the same event as today's, read through its upcasters.
 */
public record PublishedType(String name, int revision) {

    private static final Pattern TYPE = Pattern.compile(Pattern.quote(EventCatalog.TYPE_PREFIX)
            + "([A-Z][A-Za-z]{0,63})\\.v([1-9][0-9]{0,3})");

    /** The name and revision of a CloudEvents type of this contract's form; empty for any other string. */
    public static Optional<PublishedType> parse(String cloudEventType) {
        Matcher type = cloudEventType == null ? null : TYPE.matcher(cloudEventType);
        if (type == null || !type.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PublishedType(type.group(1), Integer.parseInt(type.group(2))));
    }

    public String cloudEventType() {
        return EventCatalog.TYPE_PREFIX + name + ".v" + revision;
    }

    @Override
    public String toString() {
        return name + ".v" + revision;
    }
}
