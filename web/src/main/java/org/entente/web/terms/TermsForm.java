package org.entente.web.terms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.entente.events.Terms;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms as a person fills them in, with a few empty rows to add objectives, indicators and contributions
 * without JavaScript; rows left blank are dropped. The command side checks the rules (end after start, amounts
 * ≥ 0, contributors are partners); the form checks only what a person must not forget.
 */
public class TermsForm implements Serializable {

    static final int SPARE_ROWS = 1;

    @Valid
    private List<ObjectiveRow> objectives = new ArrayList<>();
    @Valid
    private List<ContributionRow> contributions = new ArrayList<>();
    @NotBlank @Size(max = 1000)
    private String steeringCommittee;
    @NotBlank @Size(max = 200)
    private String meetingFrequency;
    @NotBlank @Size(max = 500)
    private String decisionRule;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;
    @NotNull
    private Terms.Duration.Renewal renewal = Terms.Duration.Renewal.NONE;
    @PositiveOrZero @Max(3650)
    private int noticePeriodDays = 90;
    @NotBlank @Size(max = 200)
    private String evaluationFrequency;
    @Size(max = 8000)
    private String evaluationCriteria;

    public static TermsForm blank() {
        TermsForm form = new TermsForm();
        form.withSpareRows();
        return form;
    }

    public static TermsForm of(Terms terms) {
        TermsForm form = new TermsForm();
        terms.objectives().forEach(objective -> form.objectives.add(ObjectiveRow.of(objective)));
        terms.contributions().forEach(contribution -> form.contributions.add(ContributionRow.of(contribution)));
        form.steeringCommittee = terms.governance().steeringCommittee();
        form.meetingFrequency = terms.governance().meetingFrequency();
        form.decisionRule = terms.governance().decisionRule();
        form.start = terms.duration().start();
        form.end = terms.duration().end();
        form.renewal = terms.duration().renewal();
        form.noticePeriodDays = terms.duration().noticePeriodDays();
        form.evaluationFrequency = terms.evaluationPlan().frequency();
        form.evaluationCriteria = String.join("\n", terms.evaluationPlan().criteria());
        return form.withSpareRows();
    }

    /** One empty row more of each kind, to fill in. */
    public TermsForm withSpareRows() {
        objectives.forEach(ObjectiveRow::withSpareRow);
        for (int i = 0; i < SPARE_ROWS; i++) {
            objectives.add(new ObjectiveRow().withSpareRow());
            contributions.add(new ContributionRow());
        }
        return this;
    }

    /** The request body's {@code terms}, blank rows left out. */
    public Terms toTerms() {
        return new Terms(
                objectives.stream().filter(row -> !row.isBlank()).map(ObjectiveRow::toValue).toList(),
                contributions.stream().filter(row -> !row.isBlank()).map(ContributionRow::toValue).toList(),
                new Terms.Governance(trim(steeringCommittee), trim(meetingFrequency), trim(decisionRule)),
                new Terms.Duration(start, end, renewal, noticePeriodDays),
                new Terms.EvaluationPlan(trim(evaluationFrequency), Lines.of(evaluationCriteria)));
    }

    public boolean hasAnObjective() {
        return objectives.stream().anyMatch(row -> !row.isBlank());
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public List<ObjectiveRow> getObjectives() { return objectives; }
    public void setObjectives(List<ObjectiveRow> objectives) { this.objectives = objectives; }
    public List<ContributionRow> getContributions() { return contributions; }
    public void setContributions(List<ContributionRow> contributions) { this.contributions = contributions; }
    public String getSteeringCommittee() { return steeringCommittee; }
    public void setSteeringCommittee(String value) { this.steeringCommittee = value; }
    public String getMeetingFrequency() { return meetingFrequency; }
    public void setMeetingFrequency(String value) { this.meetingFrequency = value; }
    public String getDecisionRule() { return decisionRule; }
    public void setDecisionRule(String value) { this.decisionRule = value; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public Terms.Duration.Renewal getRenewal() { return renewal; }
    public void setRenewal(Terms.Duration.Renewal renewal) { this.renewal = renewal; }
    public int getNoticePeriodDays() { return noticePeriodDays; }
    public void setNoticePeriodDays(int days) { this.noticePeriodDays = days; }
    public String getEvaluationFrequency() { return evaluationFrequency; }
    public void setEvaluationFrequency(String value) { this.evaluationFrequency = value; }
    public String getEvaluationCriteria() { return evaluationCriteria; }
    public void setEvaluationCriteria(String value) { this.evaluationCriteria = value; }
}
