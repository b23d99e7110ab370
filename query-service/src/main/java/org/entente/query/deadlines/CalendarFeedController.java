package org.entente.query.deadlines;

import org.entente.platform.problem.BadRequest;
import org.entente.platform.security.Caller;
import org.entente.query.web.Forbidden;
import org.entente.query.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An institution's calendar feed: its partners make one (and with it revoke the one before), see whether one is
 * open, and revoke it; a calendar application reads it at its secret URL, without signing in.
 */
@RestController
@RequestMapping("/calendar-feeds")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    /** The feed lists the last year's deadlines and the next five years', so that a term's end shows early. */
    private static final int YEARS_BEFORE = 1;
    private static final int YEARS_AHEAD = 5;

    private final CalendarFeeds feeds;
    private final DeadlinesReader deadlines;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CalendarFeedController(CalendarFeeds feeds, DeadlinesReader deadlines, JdbcTemplate jdbc, Clock clock) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewFeed open(@RequestBody(required = false) FeedRequest request, Authentication authentication) {
        Caller caller = partner(authentication);
        String language = request == null || request.language() == null ? "fr" : request.language();
        if (!LANGUAGES.contains(language)) {
            throw new BadRequest("unknown-language", "A calendar feed speaks French (fr) or English (en), not '"
                    + language + "'.");
        }
        Instant now = clock.instant();
        String secret = feeds.open(caller.institutionId(), language,
                caller.name() == null ? caller.subject() : caller.name(), now);
        return new NewFeed(secret, "/calendar-feeds/" + secret + ".ics", language, now);
    }

    @GetMapping("/current")
    CalendarFeeds.OpenFeed current(Authentication authentication) {
        Caller caller = partner(authentication);
        return feeds.openOf(caller.institutionId()).orElseThrow(() -> noFeed(caller));
    }

    @DeleteMapping("/current")
    ResponseEntity<Void> revoke(Authentication authentication) {
        Caller caller = partner(authentication);
        if (!feeds.revoke(caller.institutionId(), clock.instant())) {
            throw noFeed(caller);
        }
        return ResponseEntity.noContent().build();
    }

    /** Open to anyone holding the secret: calendar applications do not sign in. */
    @GetMapping("/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        CalendarFeeds.OpenFeed feed = feeds.bySecret(secret)
                .orElseThrow(() -> new NotFound("This calendar feed (revoked, or never made)"));
        LocalDate today = LocalDate.now(clock);
        String text = FeedCalendar.of(institutionName(feed.institutionId()), deadlines.ofInstitutionSince(
                feed.institutionId(), today, today.minusYears(YEARS_BEFORE), today.plusYears(YEARS_AHEAD)),
                FeedWords.in(feed.language()), clock.instant());
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).header("Cache-Control", "private, max-age=900")
                .body(text);
    }

    private static Caller partner(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller.institutionId() == null || !(caller.hasRole("partner") || caller.hasRole("signatory"))) {
            throw new Forbidden("Only an institution's partners and signatories manage its calendar feed.");
        }
        return caller;
    }

    private static NotFound noFeed(Caller caller) {
        return new NotFound("An open calendar feed of " + caller.institutionId());
    }

    private String institutionName(String institutionId) {
        return jdbc.query("SELECT name FROM partnership_partner WHERE institution_id = ? LIMIT 1",
                (row, n) -> row.getString(1), institutionId).stream().findFirst().orElse(institutionId);
    }

    /** The language the feed's words are in: {@code fr} (the default) or {@code en}. */
    record FeedRequest(String language) {
    }

    /** The secret, given this once: the feed's path on this service, to put behind the installation's address. */
    record NewFeed(String secret, String path, String language, Instant createdAt) {
    }
}
