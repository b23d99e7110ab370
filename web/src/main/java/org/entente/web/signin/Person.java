package org.entente.web.signin;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as the pages need them: who, for which institution, with which roles (DESIGN §6). The
 * services decide from the token alone; the pages use this only to offer what the services would accept.
 */
public record Person(String subject, String name, String institutionId, Set<String> roles) implements Serializable {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean isPartner() {
        return roles.contains("partner");
    }

    public boolean isSignatory() {
        return roles.contains("signatory");
    }

    public boolean isAuditor() {
        return roles.contains("auditor");
    }

    /** Reporters and auditors see the summary report over everything. */
    public boolean readsReports() {
        return roles.contains("reporter") || isAuditor() || isPartner();
    }

    /** Partners and signatories read their institution's partnerships; auditors read all. */
    public boolean readsPartnerships() {
        return isPartner() || isSignatory() || isAuditor();
    }
}
