/**
 * What a partner is to be reminded of, decided from the events alone: pure functions, no clock, no database.
 */
package org.entente.notifier.reminder;
