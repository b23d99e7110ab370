/**
 * Faults injected on purpose, for the fault battery ({@code ./entente chaos}) only: absent unless
 * {@code entente.faults.enabled} is true, which no shipped configuration sets.
 */
package org.entente.command.faults;
