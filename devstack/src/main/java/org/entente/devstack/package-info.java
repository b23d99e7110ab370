/**
 * Real infrastructure for a developer machine and for integration tests, without Docker: an embedded
 * PostgreSQL server, an in-JVM KRaft Kafka broker and the local development signing key.
 */
package org.entente.devstack;
