/**
 * Personal values opened for the reader (issue 21): the topic and the read models hold only the texts of salted
 * commitments; what a page shows of a person is opened at read time through command-service's vault, with the
 * reader's own token, so that an erased person's values vanish from every view at once.
 */
package org.entente.query.vault;
