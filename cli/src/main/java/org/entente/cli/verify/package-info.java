/**
 * What an auditor or an operator checks without trusting the services: {@code ./entente verify} of an evidence
 * package offline, and {@code ./entente reconcile} of the event store against the topic and the read models.
 */
package org.entente.cli.verify;
