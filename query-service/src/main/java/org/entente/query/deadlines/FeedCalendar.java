package org.entente.query.deadlines;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An institution's deadlines as an iCalendar (RFC 5545) feed: one all-day event per deadline, whose UID stays the
 * same as the deadline moves from coming to due to overdue, so that a subscribed calendar updates it in place and
 * drops it once handed in. Transparent: a deadline does not make anyone busy.
 */
final class FeedCalendar {

    private FeedCalendar() {
    }

    static String of(String institutionName, List<DeadlineView> deadlines, FeedWords words, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Entente//Echeances//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", words.word("calendar", institutionName)));
        // How often a subscribed calendar should read it again (Outlook, Apple Calendar).
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
        for (DeadlineView deadline : deadlines) {
            calendar.add(event(deadline, words, now));
        }
        try {
            StringWriter text = new StringWriter();
            new CalendarOutputter(false).output(calendar, text);
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException("A StringWriter does not fail", e);
        }
    }

    private static VEvent event(DeadlineView deadline, FeedWords words, Instant now) {
        String late = "OVERDUE".equals(deadline.standing()) ? words.word("OVERDUE") : "";
        VEvent event = new VEvent(deadline.date(), late + words.word(deadline.kind()) + " — " + deadline.reference()
                + " " + deadline.title());
        event.replace(new DtStamp(now));
        event.add(new Uid(deadline.partnershipId() + "-" + deadline.kind().toLowerCase() + "-" + deadline.date()
                + "@entente"));
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Description(String.join("\n", lines(deadline, words))));
        return event;
    }

    private static List<String> lines(DeadlineView deadline, FeedWords words) {
        List<String> lines = new ArrayList<>();
        lines.add(deadline.reference() + " — " + deadline.title());
        switch (deadline.kind()) {
            case "TACIT_RENEWAL" -> lines.add(words.word("renewed", words.date(deadline.periodStart()),
                    words.date(deadline.periodEnd())));
            case "NOTICE_DEADLINE" -> lines.add(words.word("notice"));
            case "TERM_END" -> lines.add(words.word("end"));
            default -> {
                lines.add(words.word("period", words.date(deadline.periodStart()), words.date(deadline.periodEnd())));
                lines.add(words.word("late", words.date(deadline.lateFrom())));
            }
        }
        return lines;
    }
}
