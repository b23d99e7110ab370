/**
 * The public topic, read as any outside subscriber reads it (docs/events.md): CloudEvents in Kafka binary mode,
 * types resolved through the published contract, positions committed once what was read is stored.
 */
package org.entente.notifier.topic;
