package org.entente.web.terms;

import jakarta.validation.constraints.Size;
import org.entente.events.Terms;

import java.io.Serializable;
import java.math.BigDecimal;

/** What one partner brings, as a row of the terms form. */
public class ContributionRow implements Serializable {

    @Size(max = 64)
    private String institutionId;
    private Terms.Contribution.Kind kind;
    @Size(max = 1000)
    private String description;
    private BigDecimal amountEur;
    private BigDecimal fte;
    @Size(max = 500)
    private String schedule;

    static ContributionRow of(Terms.Contribution contribution) {
        ContributionRow row = new ContributionRow();
        row.institutionId = contribution.institutionId();
        row.kind = contribution.kind();
        row.description = contribution.description();
        row.amountEur = contribution.amountEur();
        row.fte = contribution.fte();
        row.schedule = contribution.schedule();
        return row;
    }

    boolean isBlank() {
        return TermsForm.trim(institutionId) == null && TermsForm.trim(description) == null;
    }

    Terms.Contribution toValue() {
        return new Terms.Contribution(TermsForm.trim(institutionId), kind, TermsForm.trim(description), amountEur, fte,
                TermsForm.trim(schedule));
    }

    public String getInstitutionId() { return institutionId; }
    public void setInstitutionId(String institutionId) { this.institutionId = institutionId; }
    public Terms.Contribution.Kind getKind() { return kind; }
    public void setKind(Terms.Contribution.Kind kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getAmountEur() { return amountEur; }
    public void setAmountEur(BigDecimal amountEur) { this.amountEur = amountEur; }
    public BigDecimal getFte() { return fte; }
    public void setFte(BigDecimal fte) { this.fte = fte; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
}
