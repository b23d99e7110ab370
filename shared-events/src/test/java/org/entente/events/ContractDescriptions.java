package org.entente.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events' descriptions in the two documents a subscriber is written from, read and written from the one
 * source, {@link EventProse}: the paragraph under each event's heading in events.md, each message's summary in
 * asyncapi.yaml.
 */
final class ContractDescriptions {

    private static final Pattern CATALOGUE_SECTION = Pattern.compile(
            "(?m)^## (\\w+) \\(revision \\d+\\)\\n\\n(.*?)\\n\\n```json", Pattern.DOTALL);
    private static final Pattern ASYNCAPI_SUMMARY = Pattern.compile(
            "(?m)^(      title: (\\w+)\\n      summary: )(\"(?:[^\"\\\\]++|\\\\.)*+\"|.*)$");

    /**
     * What reads as source code rather than prose: braces, declarations ("public sealed interface",
     * "record Measurement("), a method's empty call, or the slash a comment's end leaves when it is cut.
     */
    static final Pattern SOURCE_CODE = Pattern.compile("[{}]"
            + "|\\b(?:public|private|protected|static|sealed|final)\\s+(?:record|interface|class|static|final|sealed)\\b"
            + "|\\brecord\\s+\\w+\\s*\\(|\\bpermits\\b|\\w+\\(\\)|\\s/(?:\\s|$)");

    private ContractDescriptions() {
    }

    /** Each event's description in events.md, by event name. */
    static Map<String, String> inCatalogue(String catalogue) {
        Map<String, String> descriptions = new java.util.LinkedHashMap<>();
        Matcher section = CATALOGUE_SECTION.matcher(catalogue);
        while (section.find()) {
            descriptions.put(section.group(1), section.group(2));
        }
        return descriptions;
    }

    static String catalogueWith(String catalogue, Map<String, String> prose) {
        return CATALOGUE_SECTION.matcher(catalogue).replaceAll(section -> Matcher.quoteReplacement(
                "## " + section.group(0).substring(3, section.group(0).indexOf('\n')) + "\n\n"
                        + prose.getOrDefault(section.group(1), section.group(2)) + "\n\n```json"));
    }

    /** Each message's summary in asyncapi.yaml, as YAML reads it, by event name. */
    static Map<String, String> inAsyncApi(String asyncApi) {
        Map<String, String> summaries = new java.util.LinkedHashMap<>();
        Matcher summary = ASYNCAPI_SUMMARY.matcher(asyncApi);
        while (summary.find()) {
            summaries.put(summary.group(2), unquote(summary.group(3)));
        }
        return summaries;
    }

    static String asyncApiWith(String asyncApi, Map<String, String> prose) {
        return ASYNCAPI_SUMMARY.matcher(asyncApi).replaceAll(summary -> Matcher.quoteReplacement(
                summary.group(1) + (prose.containsKey(summary.group(2)) ? quote(prose.get(summary.group(2)))
                        : summary.group(3))));
    }

    /** The descriptions among {@code descriptions} that hold source code, with the event they describe. */
    static List<String> holdingSourceCode(Map<String, String> descriptions) {
        List<String> found = new ArrayList<>();
        descriptions.forEach((event, text) -> {
            if (SOURCE_CODE.matcher(text).find()) {
                found.add(event + ": " + text);
            }
        });
        return found;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String unquote(String value) {
        Object parsed = new org.yaml.snakeyaml.Yaml().load("v: " + value);
        return String.valueOf(((Map<?, ?>) parsed).get("v"));
    }
}
