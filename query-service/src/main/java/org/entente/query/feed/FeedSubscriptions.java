package org.entente.query.feed;

import org.entente.platform.security.Caller;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Open feeds. Each polls the event log after its cursor, a few times a second, for the events its caller may see:
 * every event of a partnership its institution is party to, or everything for an auditor.
 */
@Component
class FeedSubscriptions implements SmartLifecycle {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    /** A comment this often finds the clients that left without a word, and keeps proxies from closing idle streams. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    private final NamedParameterJdbcTemplate jdbc;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "feed");
        thread.setDaemon(true);
        return thread;
    });

    FeedSubscriptions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An event as the feed sends it: its position, its type, and the JSON line of the audit trail. */
    record FeedEvent(long position, String type, String json) {
    }

    SseEmitter open(Caller caller, long after) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        try {
            // Sends the headers at once: a client waits for them before it can read anything.
            emitter.send(SseEmitter.event().comment("Entente feed, after position " + after));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        AtomicLong cursor = new AtomicLong(after);
        AtomicLong quietSince = new AtomicLong(System.nanoTime());
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        open.add(emitter);
        task.set(scheduler.scheduleWithFixedDelay(() -> {
            try {
                for (FeedEvent event : next(caller, cursor.get())) {
                    emitter.send(SseEmitter.event().id(Long.toString(event.position())).name(event.type())
                            .data(event.json(), MediaType.APPLICATION_JSON));
                    cursor.set(event.position());
                    quietSince.set(System.nanoTime());
                }
                if (System.nanoTime() - quietSince.get() > HEARTBEAT.toNanos()) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                    quietSince.set(System.nanoTime());
                }
            } catch (IOException | RuntimeException gone) {
                emitter.completeWithError(gone);
                task.get().cancel(false);
            }
        }, 0, POLL.toMillis(), TimeUnit.MILLISECONDS));
        Runnable stop = () -> {
            open.remove(emitter);
            if (task.get() != null) {
                task.get().cancel(false);
            }
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(error -> stop.run());
        return emitter;
    }

    /** The position of the newest event logged: a feed opened after it sends only what comes next. */
    long latestPosition() {
        Long latest = jdbc.getJdbcTemplate().queryForObject("SELECT max(position) FROM partnership_event", Long.class);
        return latest == null ? 0 : latest;
    }

    private List<FeedEvent> next(Caller caller, long after) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("after", after)
                .addValue("institution", caller.institutionId());
        String visible = caller.hasRole("auditor") ? "" : " AND e.partnership_id IN (SELECT partnership_id "
                + "FROM partnership_partner WHERE institution_id = :institution)";
        return jdbc.query("""
                        SELECT e.position, e.type, json_build_object('eventId', e.event_id,
                            'partnershipId', e.partnership_id, 'sequence', e.sequence, 'type', e.type,
                            'occurredAt', e.occurred_at, 'actorId', e.actor_id,
                            'actorInstitution', e.actor_institution, 'data', e.data)::text AS json
                        FROM partnership_event e WHERE e.position > :after""" + visible
                        + " ORDER BY e.position LIMIT 500", parameters,
                (row, n) -> new FeedEvent(row.getLong("position"), row.getString("type"), row.getString("json")));
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream when the service stops, before the web server's graceful shutdown, which would
     * otherwise wait for streams that never end. Clients reconnect elsewhere with their {@code Last-Event-ID}.
     */
    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @PreDestroy
    void close() {
        scheduler.shutdownNow();
    }
}
