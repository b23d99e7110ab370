/**
 * {@code ./entente bench}, {@code latency} and {@code pages}: Entente's throughput, latency and page times measured
 * against the machine's own limits (PostgreSQL's and Kafka's), in the same run and on the same servers.
 */
package org.entente.cli.bench;
