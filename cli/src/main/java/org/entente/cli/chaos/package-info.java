/**
 * {@code ./entente chaos}: the fault battery R1-R8, real faults injected into a whole installation under load,
 * each scenario checked for lost, missing and duplicated events, and RELIABILITY.md written from the results.
 */
package org.entente.cli.chaos;
