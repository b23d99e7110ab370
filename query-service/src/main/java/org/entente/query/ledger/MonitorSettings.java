package org.entente.query.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key checkpoints must be signed with (signed-note verifier key text; without one, the monitor does not run
 * and its health says so), and the topic they are published on.
 */
@ConfigurationProperties("entente.ledger")
record MonitorSettings(String verifierKey, String checkpointTopic) {
}
