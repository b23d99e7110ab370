package org.entente.query.consuming;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many partitions the partnership topic gets when this service creates it. */
@ConfigurationProperties("entente.topic")
record TopicSettings(int partitions) {
}
