/** The {@code ./entente} command: runs the whole stack on a developer machine and mints development tokens. */
package org.entente.cli;
