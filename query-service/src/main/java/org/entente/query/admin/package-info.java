/**
 * Operations on the read models, for the {@code admin} role alone: parked events and their retries, and replays
 * that rebuild the read models from the topic beside the live ones and switch to them when they are complete.
 */
package org.entente.query.admin;
