package org.entente.web.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.web.api.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Relays the query side's feed to open pages. Each page gets its own upstream stream, opened from the latest
 * event with the person's token, and closed when the page goes away; only the partnership id travels on.
 */
@Component
class LiveRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
    /** A page reconnects by itself after this, with a fresh token if it was renewed. */
    private static final Duration LIFETIME = Duration.ofMinutes(20);

    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "live-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final LiveFeed feed;
    private volatile boolean running;

    LiveRelay(LiveFeed feed) {
        this.feed = feed;
    }

    SseEmitter open(String token, UUID onlyPartnership) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        open.add(emitter);
        LiveFeed.Upstream upstream = feed.open(token);
        Runnable close = () -> {
            open.remove(emitter);
            upstream.close();
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        upstream.lines().thenAcceptAsync(lines -> relay(lines, emitter, onlyPartnership), readers)
                .exceptionally(failure -> {
                    emitter.complete();
                    return null;
                });
        return emitter;
    }

    private void relay(Stream<String> upstream, SseEmitter emitter, UUID onlyPartnership) {
        try (Stream<String> lines = upstream) {
            emitter.send(SseEmitter.event().comment("live"));
            lines.filter(line -> line.startsWith("data:")).forEach(line -> forward(line.substring(5), emitter,
                    onlyPartnership));
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    private void forward(String data, SseEmitter emitter, UUID onlyPartnership) {
        try {
            JsonNode event = json.readTree(data);
            String partnership = event.path("partnershipId").asText();
            if (onlyPartnership == null || onlyPartnership.toString().equals(partnership)) {
                emitter.send(SseEmitter.event().name("change").data(partnership));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The page went away", e);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends the pages' streams before the server's graceful shutdown, which would wait for them forever. */
    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
        readers.shutdownNow();
        log.debug("Live streams closed");
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
