package org.entente.notifier.topic;

import org.entente.events.PartnershipEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event as read from the topic.
 *
 * @param eventId    its CloudEvent id, unique
 * @param sequence   its position in its partnership's stream
 * @param recordedAt    when it was recorded
 * @param effectiveDate the day it took effect when that was an earlier day (an imported convention's steps, an item
 *                      of time recorded late: the {@code effectivedate} extension); null otherwise
 * @param event         its data, at today's revision of the contract
 */
public record Received(String eventId, long sequence, Instant recordedAt, LocalDate effectiveDate,
                       PartnershipEvent event) {
}
