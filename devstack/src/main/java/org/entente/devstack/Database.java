package org.entente.devstack;

/** How to reach one PostgreSQL database. */
public record Database(String jdbcUrl, String username, String password) {
}
