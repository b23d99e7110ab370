package org.entente.command.partnership;

import java.util.Set;

/** Who gives a command: a person, the institution they act for, and the roles their token grants. */
record Actor(String userId, String name, String institutionId, Set<String> roles) {

    boolean isSignatory() {
        return roles.contains("signatory");
    }
}
