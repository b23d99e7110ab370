package org.entente.query.replay;

import org.entente.platform.problem.BadRequest;
import org.entente.query.replay.Replays.ReplayRunning;
import org.entente.platform.security.Caller;
import org.entente.query.web.Conflict;
import org.entente.query.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code /admin/replays}: rebuild the read models from the topic, from its start or from a moment, and follow
 * the rebuild to its checksum.
 */
@RestController
@RequestMapping("/admin/replays")
class ReplayController {

    private final Replays replays;
    private final ReplayLedger ledger;
    private final Clock clock;

    ReplayController(Replays replays, ReplayLedger ledger) {
        this.replays = replays;
        this.ledger = ledger;
        this.clock = Clock.systemUTC();
    }

    /**
     * What to rebuild: everything, or only what happened from {@code from} on; and whether rebuilt content that
     * differs from the live one may replace it (after a fix of the read models' code), or only be reported.
     */
    record ReplayRequest(Instant from, Boolean switchIfDifferent) {
    }

    /** 202: the replay runs in the background; its {@code Location} tells how far it is. */
    @PostMapping
    ResponseEntity<Replay> start(@RequestBody(required = false) ReplayRequest request, Authentication authentication) {
        Instant from = request == null ? null : request.from();
        boolean switchIfDifferent = request != null && Boolean.TRUE.equals(request.switchIfDifferent());
        if (from != null && from.isAfter(clock.instant())) {
            throw new BadRequest("from-in-the-future", "from must not be later than now; nothing happened after it.");
        }
        long id;
        try {
            id = replays.start(Caller.of(authentication).subject(), from, switchIfDifferent);
        } catch (ReplayRunning e) {
            throw new Conflict("replay-running", e.getMessage());
        }
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
                .body(get(id));
    }

    @GetMapping("/{id}")
    Replay get(@PathVariable long id) {
        return ledger.find(id).orElseThrow(() -> new NotFound("Replay " + id));
    }

    /** The latest replays, newest first. */
    @GetMapping
    List<Replay> latest() {
        return ledger.latest(20);
    }
}
