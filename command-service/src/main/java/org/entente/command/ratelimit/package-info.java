/** Command quotas per institution: one institution's excess never slows another's work. */
package org.entente.command.ratelimit;
