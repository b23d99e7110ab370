/**
 * The calendar as people read it (issue 20): each partnership's next deadlines, an institution's "Échéances"
 * across its partnerships, and its calendar feed (RFC 5545) at a secret, revocable URL that a calendar
 * application subscribes to. The rows come from the portfolio's fold ({@code partnership_deadline}); the rules
 * (grace, notice reminders, months to file a compte rendu financier) are the command side's, set alike on both.
 */
package org.entente.query.deadlines;
