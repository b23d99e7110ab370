/**
 * The partnership: its commands, the pure decisions that turn them into events, the thin Axon aggregate that
 * hosts those decisions and the HTTP endpoints that accept them.
 */
package org.entente.command.partnership;
