package org.entente.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A command the command side accepted: the partnership and its version after it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Accepted(UUID partnershipId, long version) {
}
