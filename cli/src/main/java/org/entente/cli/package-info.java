/**
 * The {@code ./entente} command line: {@link org.entente.cli.Entente} dispatches each subcommand to the feature
 * package that owns it (launcher, demo, backup, verify, workload, chaos, bench), and nothing else lives here.
 */
package org.entente.cli;
