/** Proposing a partnership: a guided form in steps (identity, partners to invite, terms, review), one plain post each. */
package org.entente.web.proposal;
