/** A service's database: configured by its operator, never silently replaced by a throw-away one. */
package org.entente.platform.database;
