/**
 * One installation on one machine, as {@code ./entente up} runs it: PostgreSQL and a KRaft broker as server
 * processes on persistent data, the services and the web application supervised, their ports, capped logs and the
 * servers a killed launcher left behind; {@code up}, {@code token} and {@code status}.
 */
package org.entente.cli.launcher;
