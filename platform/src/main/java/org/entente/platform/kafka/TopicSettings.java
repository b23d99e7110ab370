package org.entente.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many partitions the partnership topic gets when this service creates it. */
@ConfigurationProperties("entente.topic")
public record TopicSettings(int partitions) {
}
