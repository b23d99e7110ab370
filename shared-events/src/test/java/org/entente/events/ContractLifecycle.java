package org.entente.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lifecycle as the contract publishes it, rendered from {@link PartnershipLifecycle}: the machine-readable
 * {@code schemas/lifecycle.json} beside the events' schemas, and the table of events.md.
 */
final class ContractLifecycle {

    static final String FILE = "shared-events/src/main/resources/schemas/lifecycle.json";
    static final String TABLE_START = "<!-- lifecycle (generated from PartnershipLifecycle, as " + FILE + ") -->";
    static final String TABLE_END = "<!-- /lifecycle -->";

    /** Where asyncapi.yaml links to the JSON, relative to it like the schemas it references. */
    static final String ASYNCAPI_LINK = "../" + FILE;

    private static final Pattern ASYNCAPI_MESSAGE = Pattern.compile(
            "(?m)^(      title: (\\w+)\\n      summary: .*\\n)(      description: .*\\n)?");

    private ContractLifecycle() {
    }

    /** asyncapi.yaml: each message's description says what the event does to the status. */
    static String asyncApiWith(String asyncApi) {
        return ASYNCAPI_MESSAGE.matcher(asyncApi).replaceAll(message -> Matcher.quoteReplacement(message.group(1)
                + "      description: \"" + sentence(message.group(2)) + "\"\n"));
    }

    /** Each message's description in asyncapi.yaml, by event name. */
    static Map<String, String> inAsyncApi(String asyncApi) {
        Map<String, String> descriptions = new java.util.LinkedHashMap<>();
        Matcher message = ASYNCAPI_MESSAGE.matcher(asyncApi);
        while (message.find()) {
            String line = message.group(3);
            descriptions.put(message.group(2), line == null ? null
                    : line.substring(line.indexOf('"') + 1, line.lastIndexOf('"')));
        }
        return descriptions;
    }

    /** What an event does to the status, in one sentence: the starting status, or each status before → after. */
    static String sentence(String eventName) {
        Class<? extends PartnershipEvent> type = EventCatalog.types().stream()
                .filter(t -> t.getSimpleName().equals(eventName)).findFirst().orElseThrow();
        if (type == PartnershipLifecycle.startingEvent()) {
            return "Starts a partnership, in status " + PartnershipLifecycle.startingStatus()
                    + " (lifecycle.json beside the schemas).";
        }
        List<String> steps = PartnershipLifecycle.transitions(type).entrySet().stream()
                .map(step -> step.getKey() + " → " + step.getValue()).toList();
        return "Status before → after: " + String.join("; ", steps) + " (lifecycle.json beside the schemas).";
    }

    /** What a subscriber folds: the statuses, the starting event, and for every other type, status before → after. */
    static String json() throws Exception {
        ObjectNode lifecycle = ContractJson.MAPPER.createObjectNode();
        lifecycle.put("$comment", "Generated from org.entente.events.PartnershipLifecycle; see docs/events.md#statuses");
        lifecycle.put("description", "The status machine of a partnership. The first event of a partnership, of "
                + "type start.type, puts it in start.status; every later event, of type T, takes it from status S to "
                + "transitions[T][S]. A type absent from transitions[T] never happens in that status.");
        ObjectNode statuses = lifecycle.putObject("statuses");
        for (PartnershipStatus status : PartnershipStatus.values()) {
            statuses.putObject(status.name()).put("description", status.description())
                    .put("closed", status.isClosed());
        }
        Class<? extends PartnershipEvent> starting = PartnershipLifecycle.startingEvent();
        lifecycle.putObject("start").put("type", EventCatalog.cloudEventType(starting))
                .put("status", PartnershipLifecycle.startingStatus().name());
        ObjectNode transitions = lifecycle.putObject("transitions");
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            if (type != starting) {
                ObjectNode after = transitions.putObject(EventCatalog.cloudEventType(type));
                PartnershipLifecycle.transitions(type).forEach((before, next) -> after.put(before.name(), next.name()));
            }
        }
        return ContractJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(lifecycle) + "\n";
    }

    /** events.md: a row per event, a column per status it can happen in; each cell the status after it. */
    static String table() {
        List<PartnershipStatus> open = Arrays.stream(PartnershipStatus.values()).filter(s -> !s.isClosed()).toList();
        StringBuilder table = new StringBuilder("| event |");
        open.forEach(status -> table.append(' ').append(status).append(" |"));
        table.append("\n|---|").append("---|".repeat(open.size())).append('\n');
        table.append("| ").append(PartnershipLifecycle.startingEvent().getSimpleName()).append(" | ")
                .append("starts a partnership: **").append(PartnershipLifecycle.startingStatus()).append("** |")
                .append(" |".repeat(open.size() - 1)).append('\n');
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            if (type == PartnershipLifecycle.startingEvent()) {
                continue;
            }
            Map<PartnershipStatus, PartnershipStatus> after = PartnershipLifecycle.transitions(type);
            table.append("| ").append(type.getSimpleName()).append(" |");
            for (PartnershipStatus before : open) {
                PartnershipStatus next = after.get(before);
                table.append(' ').append(next == null ? "—" : next == before ? "stays" : "**" + next + "**")
                        .append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
