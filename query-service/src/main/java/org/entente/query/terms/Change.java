package org.entente.query.terms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One clause that differs between two versions: which clause, whether it was added, changed or removed, its
 * value before and after, and a sentence a person can read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Change(String clause, Kind kind, JsonNode from, JsonNode to, String text) {

    enum Kind {
        ADDED, CHANGED, REMOVED
    }
}
