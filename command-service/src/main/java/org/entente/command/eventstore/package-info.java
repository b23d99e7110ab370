/** How events are stored: Axon's JDBC engine on PostgreSQL, Jackson payloads, our own revisions and metadata. */
package org.entente.command.eventstore;
