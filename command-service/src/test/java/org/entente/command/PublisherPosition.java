package org.entente.command;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * The publisher's stored position, lost as in a crash after the broker's acknowledgement and before it was stored;
 * or the publisher held still, as while the broker is away.
 */
public final class PublisherPosition {

    public static final String PUBLISHER = "__axon-kafka-event-publishing-group";

    private PublisherPosition() {
    }

    /** Stops the publisher, sets its position back to the start of the stream, and starts it again. */
    public static void lose(EventProcessingConfiguration processing, TokenStore tokens) {
        TrackingEventProcessor publisher = processing.eventProcessor(PUBLISHER, TrackingEventProcessor.class)
                .orElseThrow();
        publisher.shutDown();
        for (int segment : tokens.fetchSegments(PUBLISHER)) {
            // A null position is the start of the stream.
            tokens.storeToken(null, PUBLISHER, segment);
            tokens.releaseClaim(PUBLISHER, segment);
        }
        publisher.start();
    }

    /** Runs {@code whileStopped} with the publisher stopped, and starts it again whatever happens. */
    public static void stopped(EventProcessingConfiguration processing, Runnable whileStopped) {
        TrackingEventProcessor publisher = processing.eventProcessor(PUBLISHER, TrackingEventProcessor.class)
                .orElseThrow();
        publisher.shutDown();
        try {
            whileStopped.run();
        } finally {
            publisher.start();
        }
    }
}
