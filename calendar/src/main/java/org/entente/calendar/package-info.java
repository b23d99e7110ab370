/**
 * Time as data: the dates a partnership's terms make due (evaluations, the notice deadline of a tacit renewal and
 * its reminders, the term's end), computed as dates and acted on at the instant each day begins in the
 * installation's time zone, the one of its clock ({@code entente.time-zone}, Europe/Paris unless set). Pure: no
 * clock is read here; whoever asks says when "now" is and in which zone.
 */
package org.entente.calendar;
