package org.entente.web.proposal;

import org.springframework.validation.Errors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the partners step must hold before going on: at least one complete invitation, none twice. */
final class ProposalChecks {

    private ProposalChecks() {
    }

    static void invitations(ProposalForm proposal, Errors errors) {
        List<InvitationRow> rows = proposal.getInvitations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            InvitationRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (!row.isComplete()) {
                errors.rejectValue("invitations[" + i + "]", "invitation.incomplete");
            } else if (!seen.add(row.getInstitutionId().trim())) {
                errors.rejectValue("invitations[" + i + "]", "invitation.duplicate");
            }
        }
        if (proposal.filledInvitations().isEmpty()) {
            errors.rejectValue("invitations", "invitation.required");
        }
    }
}
