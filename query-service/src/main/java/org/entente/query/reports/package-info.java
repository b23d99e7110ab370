/** Aggregate reports: counts, times to activation and evaluation ratings, over what the caller may see. */
package org.entente.query.reports;
