package org.entente.query.feed;

import org.entente.platform.problem.BadRequest;
import org.entente.platform.security.Caller;
import org.entente.query.web.Forbidden;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /feed}: every new event the caller may see, as server-sent events whose id is the event's position.
 * A client that reconnects with {@code Last-Event-ID} resumes right after the last event it received.
 */
@RestController
@RequestMapping("/feed")
class FeedController {

    private final FeedSubscriptions subscriptions;

    FeedController(FeedSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter feed(@RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                    @RequestParam(required = false) String from, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.readsPartnerships()) {
            throw new Forbidden("Your roles give access to aggregate reports only.");
        }
        // ?from=latest: only what happens from now on, for a page that already shows the rest (the web application).
        return subscriptions.open(caller, lastEventId == null && "latest".equals(from)
                ? subscriptions.latestPosition() : position(lastEventId));
    }

    private static long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest("invalid-last-event-id", "Last-Event-ID must be an id this feed sent.");
        }
    }
}
