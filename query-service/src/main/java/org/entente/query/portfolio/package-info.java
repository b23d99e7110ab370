/** The partnerships as their partners and auditors see them now: projection, view, storage and endpoints. */
package org.entente.query.portfolio;
