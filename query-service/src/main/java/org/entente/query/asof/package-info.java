/** A partnership exactly as it was at a past instant or version, rebuilt by the live view's own fold. */
package org.entente.query.asof;
