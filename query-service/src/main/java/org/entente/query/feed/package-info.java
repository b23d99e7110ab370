/** The live feed: server-sent events of new events the caller may see, resumable with Last-Event-ID. */
package org.entente.query.feed;
