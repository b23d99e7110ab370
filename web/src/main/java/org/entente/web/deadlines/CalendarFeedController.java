package org.entente.web.deadlines;

import org.entente.web.api.Calendars;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution's calendar feed at the installation's own address, for calendar applications (Thunderbird,
 * Outlook…), which do not sign in: the secret in the address is the only key, as the query side checks it.
 */
@RestController
class CalendarFeedController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Calendars calendars;

    CalendarFeedController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendrier/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).header("Cache-Control", "private, max-age=900")
                .body(calendars.feedText(secret));
    }
}
