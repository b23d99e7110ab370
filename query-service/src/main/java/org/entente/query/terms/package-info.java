/** Every version of a partnership's terms, and what changed between two of them, clause by clause. */
package org.entente.query.terms;
