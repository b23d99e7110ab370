package org.entente.web.api;

import org.entente.web.signin.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The query side's calendar: a partnership's deadlines, the institution's ("Échéances"), and its calendar feed,
 * managed as the signed-in person and read by its secret without anyone signed in.
 */
@Component
public class Calendars {

    private final RestClient client;
    private final RestClient anonymous;
    private final Clock clock;

    Calendars(ServiceUrls urls, SignedIn signedIn, Clock clock) {
        this.client = Clients.forService(urls.query(), signedIn);
        this.anonymous = Clients.anonymous(urls.query());
        this.clock = clock;
    }

    public Deadlines ofPartnership(UUID id) {
        return call(() -> client.get().uri("/partnerships/{id}/deadlines", id).retrieve().body(Deadlines.class));
    }

    /** The institution's deadlines: due and overdue ones, and those coming within so many months. */
    public Deadlines ofInstitution(int months) {
        LocalDate until = LocalDate.now(clock.withZone(QueryService.ZONE)).plusMonths(months);
        return call(() -> client.get().uri(uri -> uri.path("/deadlines").queryParam("until", until).build())
                .retrieve().body(Deadlines.class));
    }

    /** The institution's open feed, if it has one. */
    public Optional<Feed> feed() {
        try {
            return Optional.of(call(() -> client.get().uri("/calendar-feeds/current").retrieve().body(Feed.class)));
        } catch (Refusal refusal) {
            if (refusal.isNotFound()) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    /** A new feed, the one before revoked: its secret, given this once. */
    public NewFeed openFeed(String language) {
        return call(() -> client.post().uri("/calendar-feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("language", language)).retrieve().body(NewFeed.class));
    }

    public void revokeFeed() {
        call(() -> client.delete().uri("/calendar-feeds/current").retrieve().toBodilessEntity());
    }

    /** The feed's iCalendar text, read by its secret as a calendar application reads it. */
    public String feedText(String secret) {
        return call(() -> anonymous.get().uri("/calendar-feeds/{secret}.ics", secret)
                .accept(MediaType.parseMediaType("text/calendar"), MediaType.APPLICATION_PROBLEM_JSON).retrieve()
                .body(String.class));
    }

    private static <T> T call(Supplier<T> request) {
        return Clients.call("query-service", request);
    }

    /** An open feed: its language, since when, made by whom. */
    public record Feed(String language, java.time.Instant createdAt, String createdBy) {
    }

    public record NewFeed(String secret, String language, java.time.Instant createdAt) {
    }
}
