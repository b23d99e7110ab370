package org.entente.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/** Where the two services answer; the pages never reach their databases. */
@ConfigurationProperties("entente.services")
public record ServiceUrls(URI command, URI query) {
}
