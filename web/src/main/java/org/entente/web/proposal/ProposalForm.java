package org.entente.web.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;
import org.entente.web.terms.TermsForm;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A proposal being written, kept in the person's session from step to step. Its idempotency key is made when
 * the proposal is started, so that submitting it twice proposes one partnership.
 */
public class ProposalForm implements Serializable {

    interface Identity { }
    interface Partners { }

    static final int INVITATION_ROWS = 4;

    @NotBlank(groups = Identity.class) @Size(max = 200, groups = Identity.class)
    private String title;
    @NotBlank(groups = Identity.class) @Size(max = 4000, groups = Identity.class)
    private String purpose;
    @Size(max = 64, groups = Identity.class)
    private String reference;
    @NotNull(groups = Identity.class)
    private PartnershipType type;
    @NotNull(groups = Identity.class)
    private LegalBasis.Kind legalBasisKind;
    @Size(max = 200, groups = Identity.class)
    private String legalBasisReference;
    @NotNull(groups = Identity.class)
    private Territory.Level territoryLevel;
    @NotBlank(groups = Identity.class) @Size(max = 200, groups = Identity.class)
    private String territoryName;
    @Size(max = 20, groups = Identity.class)
    private String territoryCode;
    @NotBlank(groups = Identity.class) @Size(max = 200, groups = Identity.class)
    private String leadName;
    @NotNull(groups = Identity.class)
    private Institution.Kind leadKind;
    @Valid
    private List<InvitationRow> invitations = new ArrayList<>();
    @Valid
    private TermsForm terms = TermsForm.blank();
    private String idempotencyKey = UUID.randomUUID().toString();
    /** The day an existing convention was proposed, when it is brought in with its history; null for a new one. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;

    ProposalForm() {
        for (int i = 0; i < INVITATION_ROWS; i++) {
            invitations.add(new InvitationRow());
        }
    }

    List<InvitationRow> filledInvitations() {
        return invitations.stream().filter(row -> !row.isBlank()).toList();
    }

    /** The body of {@code POST /partnerships}; the lead institution's id comes from the token. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reference != null && !reference.isBlank()) {
            body.put("reference", reference.trim());
        }
        body.put("title", title.trim());
        body.put("purpose", purpose.trim());
        body.put("type", type);
        body.put("legalBasis", new LegalBasis(legalBasisKind, blankToNull(legalBasisReference)));
        body.put("territory", new Territory(territoryLevel, territoryName.trim(), blankToNull(territoryCode)));
        body.put("lead", Map.of("name", leadName.trim(), "kind", leadKind));
        body.put("invitations", filledInvitations().stream().map(InvitationRow::toRequest).toList());
        body.put("terms", terms.toTerms());
        if (effectiveDate != null) {
            body.put("effectiveDate", effectiveDate);
        }
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public PartnershipType getType() { return type; }
    public void setType(PartnershipType type) { this.type = type; }
    public LegalBasis.Kind getLegalBasisKind() { return legalBasisKind; }
    public void setLegalBasisKind(LegalBasis.Kind kind) { this.legalBasisKind = kind; }
    public String getLegalBasisReference() { return legalBasisReference; }
    public void setLegalBasisReference(String value) { this.legalBasisReference = value; }
    public Territory.Level getTerritoryLevel() { return territoryLevel; }
    public void setTerritoryLevel(Territory.Level level) { this.territoryLevel = level; }
    public String getTerritoryName() { return territoryName; }
    public void setTerritoryName(String name) { this.territoryName = name; }
    public String getTerritoryCode() { return territoryCode; }
    public void setTerritoryCode(String code) { this.territoryCode = code; }
    public String getLeadName() { return leadName; }
    public void setLeadName(String leadName) { this.leadName = leadName; }
    public Institution.Kind getLeadKind() { return leadKind; }
    public void setLeadKind(Institution.Kind kind) { this.leadKind = kind; }
    public List<InvitationRow> getInvitations() { return invitations; }
    public void setInvitations(List<InvitationRow> invitations) { this.invitations = invitations; }
    public TermsForm getTerms() { return terms; }
    public void setTerms(TermsForm terms) { this.terms = terms; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String key) { this.idempotencyKey = key; }
}
