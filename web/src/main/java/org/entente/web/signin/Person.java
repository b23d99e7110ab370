package org.entente.web.signin;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as the pages need them: who, for which institution, with which roles (DESIGN §6). The
 * services decide from the token alone; the pages use this only to offer what the services would accept.
 *
 * @param institutionName the institution's name as people know it, for the pages to name it; null when the sign-in
 *                        did not give it (the pages then name the person alone, never the institution's id)
 */
public record Person(String subject, String name, String institutionId, Set<String> roles, String institutionName)
        implements Serializable {

    public Person {
        roles = Set.copyOf(roles);
    }

    public Person(String subject, String name, String institutionId, Set<String> roles) {
        this(subject, name, institutionId, roles, null);
    }

    /** The same person, their institution named. */
    public Person withInstitutionName(String institutionName) {
        return new Person(subject, name, institutionId, roles, institutionName);
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

    /** Administrators erase and correct people's personal data (DESIGN §6, docs/ledger.md §9). */
    public boolean isAdmin() {
        return roles.contains("admin");
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
