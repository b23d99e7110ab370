package org.entente.events;

import java.util.Map;

/**
 * The partnership topic as every publisher and subscriber relies on it (docs/asyncapi.yaml): whoever declares it
 * declares it with these settings.
 */
public final class PartnershipTopic {

    /**
     * Topic settings, by their Kafka names. Records are kept forever: the topic is the replay source of every
     * read model and subscriber. The broker stamps each record as it appends it, so times never go back within a
     * partition, and a consumer that orders records by time keeps them in offset order.
     */
    public static final Map<String, String> SETTINGS = Map.of(
            "retention.ms", "-1",
            "retention.bytes", "-1",
            "message.timestamp.type", "LogAppendTime");

    private PartnershipTopic() {
    }
}
