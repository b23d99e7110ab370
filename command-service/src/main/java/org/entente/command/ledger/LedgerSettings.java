package org.entente.command.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The ledger's configuration: the signing key's file (created on first run, for development, when missing), the
 * origin a new key is named after, how often a checkpoint is issued while events arrive, and its topic.
 */
@ConfigurationProperties("entente.ledger")
record LedgerSettings(Path keyFile, String origin, Duration checkpointInterval, String checkpointTopic) {
}
