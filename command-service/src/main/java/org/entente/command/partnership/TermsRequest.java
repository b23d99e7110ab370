package org.entente.command.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.entente.events.Terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the terms as a client sends it: every text bounded, every list capped, and every number at most
 * {@link #SIGNIFICANT_DIGITS} digits long, which a double holds exactly: the ledger's canonical form (RFC 8785)
 * writes numbers as doubles, so a longer one would be committed as another number than the one recorded.
 */
record TermsRequest(
        @NotEmpty @Size(max = 30) List<@NotNull @Valid ObjectiveRequest> objectives,
        @Size(max = 100) List<@NotNull @Valid ContributionRequest> contributions,
        @NotNull @Valid GovernanceRequest governance,
        @NotNull @Valid DurationRequest duration,
        @NotNull @Valid EvaluationPlanRequest evaluationPlan) {

    /** Fifteen: every decimal of up to 15 significant digits comes back from the nearest double unchanged. */
    static final int SIGNIFICANT_DIGITS = 15;
    static final String DIGITS = "at most {integer} digits before the decimal point and {fraction} after it";

    Terms toValue() {
        return new Terms(
                objectives.stream().map(ObjectiveRequest::toValue).toList(),
                contributions == null ? List.of() : contributions.stream().map(ContributionRequest::toValue).toList(),
                governance.toValue(), duration.toValue(), evaluationPlan.toValue());
    }

    record ObjectiveRequest(@NotBlank @Size(max = 1000) String statement,
                            @Size(max = 20) List<@NotNull @Valid IndicatorRequest> indicators) {

        Terms.Objective toValue() {
            return new Terms.Objective(statement,
                    indicators == null ? List.of() : indicators.stream().map(IndicatorRequest::toValue).toList());
        }
    }

    record IndicatorRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String unit,
                            @Digits(integer = 11, fraction = 4, message = DIGITS) BigDecimal baseline,
                            @Digits(integer = 11, fraction = 4, message = DIGITS) BigDecimal target) {

        Terms.Indicator toValue() {
            return new Terms.Indicator(name, unit, baseline, target);
        }
    }

    record ContributionRequest(@NotBlank @Size(max = 64) String institutionId, @NotNull Terms.Contribution.Kind kind,
                               @NotBlank @Size(max = 1000) String description,
                               @Digits(integer = 13, fraction = 2, message = DIGITS) BigDecimal amountEur,
                               @Digits(integer = 6, fraction = 2, message = DIGITS) BigDecimal fte,
                               @Size(max = 500) String schedule) {

        Terms.Contribution toValue() {
            return new Terms.Contribution(institutionId, kind, description, amountEur, fte, schedule);
        }
    }

    record GovernanceRequest(@NotBlank @Size(max = 1000) String steeringCommittee,
                             @NotBlank @Size(max = 200) String meetingFrequency,
                             @NotBlank @Size(max = 500) String decisionRule) {

        Terms.Governance toValue() {
            return new Terms.Governance(steeringCommittee, meetingFrequency, decisionRule);
        }
    }

    record DurationRequest(@NotNull LocalDate start, LocalDate end, @NotNull Terms.Duration.Renewal renewal,
                           @PositiveOrZero @Max(3650) int noticePeriodDays) {

        Terms.Duration toValue() {
            return new Terms.Duration(start, end, renewal, noticePeriodDays);
        }
    }

    record EvaluationPlanRequest(@NotBlank @Size(max = 200) String frequency,
                                 @Size(max = 30) List<@NotBlank @Size(max = 500) String> criteria) {

        Terms.EvaluationPlan toValue() {
            return new Terms.EvaluationPlan(frequency, criteria == null ? List.of() : criteria);
        }
    }
}
