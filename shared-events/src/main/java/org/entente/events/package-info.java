/**
 * The public event contract of Entente: every fact recorded about a partnership, as published on the
 * partnership events topic. Framework-free on purpose, so that any subscriber can depend on it.
 */
package org.entente.events;
