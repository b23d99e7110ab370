/** The partnership topic, declared the same way by whichever service starts first. */
package org.entente.platform.kafka;
