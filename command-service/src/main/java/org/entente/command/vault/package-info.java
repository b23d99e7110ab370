/**
 * The vault of personal values (issue 21): each person's values and the salts of their commitments, encrypted
 * under a key of that person's own, kept apart from the events, which hold only the commitments.
 */
package org.entente.command.vault;
