package org.entente.command.partnership;

import org.entente.platform.problem.BadRequest;

/** Reads the version a client saw from its {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}. */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.trim();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // Falls through to the refusal below.
        }
        throw new BadRequest("invalid-if-match", "If-Match must be the ETag you received, such as \"3\"; got "
                + header + ".");
    }
}
