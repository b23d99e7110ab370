/** RFC 9457 problem details with Entente's stable {@code code}, for errors and for security refusals alike. */
package org.entente.platform.problem;
