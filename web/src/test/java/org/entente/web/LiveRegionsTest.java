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
 * A live region refetches itself when the feed announces a change. htmx drops a request by default while one of
 * the same element is in flight: a change announced during a refresh (the last signature and the activation, a
 * moment apart) would then never be shown, and the page would stay on a state that already passed. Each live
 * region therefore queues the last announcement and fetches once more after the refresh in flight.
 */
class LiveRegionsTest {

    private static final Pattern TAG = Pattern.compile("<[a-z]+\\b[^>]*>", Pattern.DOTALL);
    private static final String QUEUE_LAST = "hx-sync=\"this:queue last\"";

    @Test
    void everyLiveRegion_queuesTheChangesAnnouncedDuringARefresh() throws IOException {
        List<String> regions = liveRegions();

        assertThat(regions).as("the live regions of the pages").hasSize(2)
                .allSatisfy(region -> assertThat(region).contains(QUEUE_LAST));
    }

    @Test
    void theCheck_findsARegionThatWouldDropAChange() {
        String dropping = "<div id=\"x\" hx-get=\"/partnerships/1\"\n hx-trigger=\"sse:change\" hx-swap=\"outerHTML\">";

        assertThat(regionsIn(dropping)).singleElement().asString().doesNotContain(QUEUE_LAST);
    }

    private static List<String> liveRegions() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            return templates.filter(path -> path.toString().endsWith(".html")).flatMap(LiveRegionsTest::read)
                    .flatMap(html -> regionsIn(html).stream()).toList();
        }
    }

    private static List<String> regionsIn(String html) {
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
