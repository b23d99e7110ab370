package org.entente.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live page refetches its region when the feed announces a change. htmx drops a request while one of the same
 * element is in flight, and a request queued on an element that the swap then replaces is never sent: a change
 * announced during a refresh (the last signature and the activation, a moment apart) would never be shown, and
 * the page would stay on a state that already passed ({@code LivePagesIT} shows it in a browser). So the trigger
 * sits on the element that holds the feed's connection, which no swap replaces, and queues the last announcement
 * to fetch once more after the refresh in flight.
 */
class LiveRegionsTest {

    private static final Pattern TAG = Pattern.compile("<[a-z]+\\b[^>]*>", Pattern.DOTALL);
    private static final String QUEUE_LAST = "hx-sync=\"this:queue last\"";

    @Test
    void everyLivePage_triggersFromItsLastingConnection_andQueuesTheChangesAnnouncedDuringARefresh()
            throws IOException {
        List<String> triggers = liveTriggers();

        assertThat(triggers).as("the live pages' triggers").hasSize(2).allSatisfy(trigger -> assertThat(trigger)
                .contains("sse-connect=", QUEUE_LAST, "hx-target=\"#"));
    }

    @Test
    void theCheck_findsATriggerThatWouldDropAChange() {
        String dropping = "<div id=\"x\" hx-get=\"/partnerships/1\"\n hx-trigger=\"sse:change\" hx-swap=\"outerHTML\">";

        assertThat(triggersIn(dropping)).singleElement().asString().doesNotContain(QUEUE_LAST, "sse-connect=");
    }

    private static List<String> liveTriggers() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            return templates.filter(path -> path.toString().endsWith(".html")).flatMap(LiveRegionsTest::read)
                    .flatMap(html -> triggersIn(html).stream()).toList();
        }
    }

    private static List<String> triggersIn(String html) {
        return TAG.matcher(html).results().map(MatchResult::group).filter(tag -> tag.contains("hx-trigger=\"sse:"))
                .toList();
    }

    private static Stream<String> read(Path template) {
        try {
            return Stream.of(Files.readString(template));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
