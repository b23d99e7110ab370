/**
 * Quotas: commands per institution, so that one institution's excess never slows another's work; anonymous reads
 * of the public log per client address.
 */
package org.entente.command.ratelimit;
