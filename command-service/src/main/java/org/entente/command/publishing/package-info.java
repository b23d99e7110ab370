/** Publication of stored events to the Kafka partnership topic, at least once and in order per partnership. */
package org.entente.command.publishing;
