/**
 * The notifier: reads the public topic as any subscriber does, keeps the little it needs to know of each
 * partnership (its title and its partners), and queues a mail to each partner's contact addresses when an event
 * calls for one; the postman delivers them, again after a failure, until each is sent.
 */
package org.entente.notifier;
