package org.entente.notifier.topic;

import org.entente.events.PartnershipEvent;

import java.time.Instant;

/**
 * An event as read from the topic.
 *
 * @param eventId    its CloudEvent id, unique
 * @param sequence   its position in its partnership's stream
 * @param recordedAt when it was recorded
 * @param event      its data, at today's revision of the contract
 */
public record Received(String eventId, long sequence, Instant recordedAt, PartnershipEvent event) {
}
