/** The write side of Entente: commands on partnerships become events in the PostgreSQL event store. */
package org.entente.command;
