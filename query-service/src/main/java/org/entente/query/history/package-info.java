/** The timeline of a partnership: every step with who took it, for which institution, when and why. */
package org.entente.query.history;
