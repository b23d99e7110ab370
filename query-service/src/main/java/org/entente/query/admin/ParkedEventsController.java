package org.entente.query.admin;

import org.entente.platform.problem.BadRequest;
import org.entente.query.intake.Intake;
import org.entente.query.intake.Intake.NoSuchParkedEvent;
import org.entente.query.intake.Intake.Retried;
import org.entente.query.intake.ParkedEvent;
import org.entente.query.intake.ParkedEvents;
import org.entente.query.replay.RunningReplay;
import org.entente.query.web.Conflict;
import org.entente.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code /admin/parked-events}: what the read models could not take, and retrying it once the cause is fixed. */
@RestController
@RequestMapping("/admin/parked-events")
class ParkedEventsController {

    private final ParkedEvents parked;
    private final Intake intake;
    private final RunningReplay replay;

    ParkedEventsController(ParkedEvents parked, Intake intake, RunningReplay replay) {
        this.parked = parked;
        this.intake = intake;
        this.replay = replay;
    }

    /** A parked record as an operator reads it: what it claims to be, why it is parked, and the record itself. */
    record ParkedView(long id, String eventId, String partnershipId, Long sequence, String type, String cause,
                      String error, int attempts, Instant parkedAt, Instant lastAttemptAt, KafkaRecord record) {

        static ParkedView of(ParkedEvent event) {
            var record = event.record();
            return new ParkedView(event.id(), event.eventId(), event.partnershipKey(), event.sequence(), event.type(),
                    event.cause().name(), event.error(), event.attempts(), event.parkedAt(), event.lastAttemptAt(),
                    new KafkaRecord(record.topic(), record.partition(), record.offset(), record.key(),
                            record.headers(), record.value() == null ? null
                            : new String(record.value(), StandardCharsets.UTF_8)));
        }
    }

    record KafkaRecord(String topic, int partition, long offset, String key, Map<String, String> headers,
                       String value) {
    }

    record Page(List<ParkedView> items, int page, int size, long total) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String partnershipId, @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequest("invalid-page", "page must be 0 or more and size between 1 and 500.");
        }
        List<ParkedView> items = parked.page(partnershipId, (long) page * size, size).stream()
                .map(ParkedView::of).toList();
        return new Page(items, page, size, parked.count(partnershipId));
    }

    @GetMapping("/{id}")
    ParkedView one(@PathVariable long id) {
        return parked.find(id).map(ParkedView::of).orElseThrow(() -> new NotFound("Parked event " + id));
    }

    /**
     * Retries the partnership's parked records in their order. 200 either way: the answer says which were
     * applied and which are still parked, with the error that stopped them.
     */
    @PostMapping("/{id}/retry")
    Retried retry(@PathVariable long id) {
        if (replay.exists()) {
            throw new Conflict("replay-running", "A replay is rebuilding the read models: its switch would undo the "
                    + "retry. Retry when it has ended.");
        }
        try {
            return intake.retry(id);
        } catch (NoSuchParkedEvent e) {
            throw new NotFound("Parked event " + id);
        }
    }
}
