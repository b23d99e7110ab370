package org.entente.web.proposal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.events.Institution;
import org.entente.events.PartnerRole;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** An institution to invite, as a row of the proposal's second step; a row left blank is dropped. */
public class InvitationRow implements Serializable {

    @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9._:-]{0,63}", groups = ProposalForm.Partners.class)
    private String institutionId;
    @Size(max = 200, groups = ProposalForm.Partners.class)
    private String name;
    private Institution.Kind kind;
    private PartnerRole role;

    boolean isBlank() {
        return (institutionId == null || institutionId.isBlank()) && (name == null || name.isBlank());
    }

    boolean isComplete() {
        return institutionId != null && !institutionId.isBlank() && name != null && !name.isBlank() && kind != null
                && role != null;
    }

    Map<String, Object> toRequest() {
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("institutionId", institutionId.trim());
        invitation.put("name", name.trim());
        invitation.put("kind", kind);
        invitation.put("role", role);
        return invitation;
    }

    public String getInstitutionId() { return institutionId; }
    public void setInstitutionId(String institutionId) { this.institutionId = institutionId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Institution.Kind getKind() { return kind; }
    public void setKind(Institution.Kind kind) { this.kind = kind; }
    public PartnerRole getRole() { return role; }
    public void setRole(PartnerRole role) { this.role = role; }
}
