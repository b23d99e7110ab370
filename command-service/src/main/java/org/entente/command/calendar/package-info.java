/**
 * Time as data: the dates a partnership's terms make due (evaluations, the notice deadline of a tacit renewal and
 * its reminders, the term's end), computed as dates in Europe/Paris and acted on at the instant each Paris day
 * begins. Pure: no clock is read here; whoever asks says when "now" is.
 */
package org.entente.command.calendar;
