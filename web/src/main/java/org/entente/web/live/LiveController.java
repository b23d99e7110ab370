package org.entente.web.live;

import org.entente.web.signin.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * {@code GET /live}: a {@code change} event each time something happens to a partnership the person may see (or to
 * the one given), so that their page refreshes the parts that changed. Fed by the query side's feed, read with
 * the person's own token: nobody is told of a partnership they may not read.
 */
@RestController
class LiveController {

    private final LiveRelay relay;
    private final SignedIn signedIn;

    LiveController(LiveRelay relay, SignedIn signedIn) {
        this.relay = relay;
        this.signedIn = signedIn;
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@RequestParam(required = false) UUID partnership) {
        return relay.open(signedIn.token(), partnership);
    }
}
