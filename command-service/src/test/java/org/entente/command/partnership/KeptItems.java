package org.entente.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.calendar.DueItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A schedule that remembers what it was asked to keep and forget, for the aggregate's tests. */
final class KeptItems implements DueItemSchedule {

    final List<String> kept = new ArrayList<>();
    final List<String> forgotten = new ArrayList<>();

    @Override
    public void keep(UUID partnershipId, DueItem item, Instant at) {
        kept.add(item.id(partnershipId.toString()) + "@" + at);
    }

    @Override
    public void forget(UUID partnershipId, DueItem item) {
        forgotten.add(item.id(partnershipId.toString()));
    }

    /** A partnership aggregate under test, on {@code clock}, keeping its calendar in {@code schedule}. */
    static AggregateTestFixture<Partnership> fixture(DueItemSchedule schedule, java.time.Clock clock) {
        AggregateTestFixture<Partnership> fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(calendar(schedule, clock));
        return fixture;
    }

    /** The calendar an aggregate under test keeps, in {@code clock}'s zone, with the default rules. */
    static Calendar calendar(DueItemSchedule schedule, java.time.Clock clock) {
        return new Calendar(org.entente.calendar.CalendarRules.DEFAULT, schedule, clock);
    }
}
