/** The terms of a partnership as a form (proposal and counter-proposal) and the redline between two versions. */
package org.entente.web.terms;
