/** The read side of Entente: read models projected from the Kafka topic, served to institutions and auditors. */
package org.entente.query;
