package org.entente.command.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.entente.events.DissolutionReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the lifecycle endpoints; every text bounded, every list capped. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /** A reason, required: for declining, rejecting, amending, withdrawing or abandoning. */
    record Reasoned(@NotBlank @Size(max = 2000) String reason) {
    }

    /*
     * The steps an imported convention goes through take the day each really took effect: effectiveDate, optional
     * (see Reprise).
     */

    /**
     * The body of an acceptance: absent, {@code {}}, or the effective date of an imported one. Any other field is
     * refused like an unknown field anywhere else, rather than ignored, so that a client never believes it set
     * something.
     */
    record Dated(LocalDate effectiveDate) {
    }

    record NewTerms(@Positive int baseVersion, @NotNull @Valid TermsRequest terms,
                    @NotBlank @Size(max = 2000) String rationale, LocalDate effectiveDate) {
    }

    record Approval(@Size(max = 80) String termsHash, LocalDate effectiveDate) {
    }

    record Signature(@NotBlank @Size(max = 80) String termsHash, @NotBlank @Size(max = 200) String capacity,
                     LocalDate effectiveDate) {
    }

    record Evaluation(@NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                      @Size(max = 100) List<@NotNull @Valid MeasurementRequest> measurements,
                      @NotBlank @Size(max = 8000) String findings, @Min(1) @Max(5) int rating,
                      @Size(max = 30) List<@NotBlank @Size(max = 2000) String> recommendations) {
    }

    /** A year's compte rendu financier: the year's last day, what its funding paid for in euros, what it says. */
    record FinancialReport(@NotNull LocalDate periodEnd,
                           @NotNull @Digits(integer = 11, fraction = 2, message = TermsRequest.DIGITS)
                           BigDecimal amount,
                           @NotBlank @Size(max = 8000) String summary) {
    }

    /** A measured value, as short as the terms' own numbers ({@link TermsRequest#SIGNIFICANT_DIGITS}). */
    record MeasurementRequest(@NotBlank @Size(max = 200) String indicator,
                              @NotNull @Digits(integer = 11, fraction = 4, message = TermsRequest.DIGITS)
                              BigDecimal value) {
    }

    record Dissolution(@NotNull DissolutionReason reason, @Size(max = 2000) String details, LocalDate effectiveDate) {
    }
}
