package org.entente.web.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.entente.events.DissolutionReason;
import org.entente.web.terms.TermsForm;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of every step's form; each step validates the group of fields it uses. Every form carries the
 * version the person saw ({@code seenVersion}, sent as {@code If-Match}) and a key made when the form was shown
 * ({@code idempotencyKey}), so that a second submission of the same form does not act twice.
 */
public class StepForm {

    interface Reasoned { }
    interface Approving { }
    interface Signing { }
    interface Evaluating { }
    interface Dissolving { }
    interface CounterProposing { }
    interface Reporting { }

    @NotNull
    private Long seenVersion;
    @NotBlank @Size(max = 255)
    private String idempotencyKey = UUID.randomUUID().toString();
    @NotBlank(groups = Reasoned.class) @Size(max = 2000, groups = Reasoned.class)
    private String reason;
    @NotNull(groups = {Approving.class, Signing.class})
    private Integer termsVersion;
    @NotBlank(groups = {Approving.class, Signing.class})
    private String termsHash;
    @NotBlank(groups = Signing.class) @Size(max = 200, groups = Signing.class)
    private String capacity;
    @NotNull(groups = Evaluating.class) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @NotNull(groups = {Evaluating.class, Reporting.class}) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    @NotNull(groups = Reporting.class) @PositiveOrZero(groups = Reporting.class)
    @Digits(integer = 11, fraction = 2, groups = Reporting.class)
    private BigDecimal amount;
    @NotBlank(groups = Reporting.class) @Size(max = 8000, groups = Reporting.class)
    private String summary;
    @Valid
    private List<Measurement> measurements = new ArrayList<>();
    @NotBlank(groups = Evaluating.class) @Size(max = 8000, groups = Evaluating.class)
    private String findings;
    @NotNull(groups = Evaluating.class) @Min(value = 1, groups = Evaluating.class) @Max(value = 5, groups = Evaluating.class)
    private Integer rating;
    @Size(max = 8000, groups = Evaluating.class)
    private String recommendations;
    @NotNull(groups = Dissolving.class)
    private DissolutionReason dissolutionReason;
    @Size(max = 2000, groups = Dissolving.class)
    private String details;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    @Valid
    private TermsForm terms;
    @NotBlank(groups = CounterProposing.class) @Size(max = 2000, groups = CounterProposing.class)
    private String rationale;

    /** A measured value for one indicator of the terms. */
    public static class Measurement {
        private String indicator;
        private BigDecimal value;

        public Measurement() {
        }

        Measurement(String indicator) {
            this.indicator = indicator;
        }

        public String getIndicator() { return indicator; }
        public void setIndicator(String indicator) { this.indicator = indicator; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
    }

    public Long getSeenVersion() { return seenVersion; }
    public void setSeenVersion(Long seenVersion) { this.seenVersion = seenVersion; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String key) { this.idempotencyKey = key; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getTermsVersion() { return termsVersion; }
    public void setTermsVersion(Integer termsVersion) { this.termsVersion = termsVersion; }
    public String getTermsHash() { return termsHash; }
    public void setTermsHash(String termsHash) { this.termsHash = termsHash; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public List<Measurement> getMeasurements() { return measurements; }
    public void setMeasurements(List<Measurement> measurements) { this.measurements = measurements; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public DissolutionReason getDissolutionReason() { return dissolutionReason; }
    public void setDissolutionReason(DissolutionReason reason) { this.dissolutionReason = reason; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public TermsForm getTerms() { return terms; }
    public void setTerms(TermsForm terms) { this.terms = terms; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
