package org.entente.query.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The key checkpoints must be signed with (signed-note verifier key text; without one, the monitor does not run
 * and its health says so), the topic they are published on, and how long the monitor's consumer may go without
 * polling before its group gives its partition to another (Kafka's {@code max.poll.interval.ms}).
 */
@ConfigurationProperties("entente.ledger")
record MonitorSettings(String verifierKey, String checkpointTopic,
                       @DefaultValue("5m") Duration monitorMaxPollInterval) {
}
