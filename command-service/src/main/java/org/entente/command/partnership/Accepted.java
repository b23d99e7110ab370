package org.entente.command.partnership;

import java.util.UUID;

/** What a client learns of an accepted command: which partnership, at which version (also the ETag). */
record Accepted(UUID partnershipId, long version) {
}
