/** The durable scheduler of due items (db-scheduler, in the service's PostgreSQL) and the commands it sends. */
package org.entente.command.scheduling;
