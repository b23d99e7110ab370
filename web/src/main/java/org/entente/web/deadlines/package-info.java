/**
 * The workspace's "Échéances": the deadlines of the person's institution across its partnerships (overdue and due
 * first, then coming, by date), and its calendar feed, made, shown once and revoked here, read at its secret
 * address by calendar applications.
 */
package org.entente.web.deadlines;
