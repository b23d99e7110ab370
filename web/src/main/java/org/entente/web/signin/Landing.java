package org.entente.web.signin;

/**
 * Where each person starts: their partnerships, the auditor's workbench, the administrator's personal data page, or
 * the reporter's dashboard.
 */
public final class Landing {

    private Landing() {
    }

    public static String of(Person person) {
        if (person.isAuditor()) {
            return "/audit";
        }
        if (person.isPartner() || person.isSignatory()) {
            return "/partnerships";
        }
        if (person.isAdmin() && !person.readsReports()) {
            return "/people";
        }
        return "/dashboard";
    }
}
