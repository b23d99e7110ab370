/** Consumption of the partnership topic: the Kafka source, its positions and the topic it needs. */
package org.entente.query.consuming;
