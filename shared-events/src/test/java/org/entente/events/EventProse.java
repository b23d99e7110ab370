package org.entente.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each event's own prose: the doc comment written on its record in {@code PartnershipEvent.java}, the one source of
 * the descriptions in docs/events.md and docs/asyncapi.yaml. A doc comment belongs to a record when nothing but
 * annotations stands between them; the comment cannot reach over another comment's end, so the interface's or a
 * nested record's comment is never taken for the event's.
 */
final class EventProse {

    static final Path SOURCE = Path.of("src", "main", "java", "org", "entente", "events", "PartnershipEvent.java");

    private static final Pattern DOCUMENTED_RECORD = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*record\\s+(\\w+)\\b", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link)\\s+([^}]*)}");

    private EventProse() {
    }

    /** The prose of every documented record of the source, by the record's simple name. */
    static Map<String, String> read() {
        try {
            return parse(Files.readString(SOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(String source) {
        Map<String, String> prose = new LinkedHashMap<>();
        Matcher record = DOCUMENTED_RECORD.matcher(source);
        while (record.find()) {
            prose.put(record.group(2), clean(record.group(1)));
        }
        return prose;
    }

    /** One paragraph of Markdown: the comment's lines without their stars, inline tags as code spans. */
    private static String clean(String comment) {
        String text = comment.replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip();
        return INLINE_TAG.matcher(text).replaceAll(tag -> Matcher.quoteReplacement("`" + tag.group(1) + "`"));
    }
}
