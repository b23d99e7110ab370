/**
 * A throw-away installation whose servers can be killed, and the lifecycle load that careful clients drive on it:
 * shared by the fault battery ({@code chaos}) and the benchmark ({@code bench}), which measure and break the same
 * thing.
 */
package org.entente.cli.workload;
