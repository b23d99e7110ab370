package org.entente.command.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /partnerships}. The lead institution's id comes from the caller's token. An
 * {@code effectiveDate} makes it the first step of an existing convention brought in with its history.
 */
record ProposalRequest(
        @Size(max = 64) String reference,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String purpose,
        @NotNull PartnershipType type,
        @NotNull @Valid LegalBasisRequest legalBasis,
        @NotNull @Valid TerritoryRequest territory,
        @NotNull @Valid LeadRequest lead,
        @NotNull @Size(max = 50) List<@NotNull @Valid InvitationRequest> invitations,
        @NotNull @Valid TermsRequest terms,
        LocalDate effectiveDate) {

    record LegalBasisRequest(@NotNull LegalBasis.Kind kind, @Size(max = 200) String reference) {

        LegalBasis toValue() {
            return new LegalBasis(kind, reference);
        }
    }

    record TerritoryRequest(@NotNull Territory.Level level, @NotBlank @Size(max = 200) String name,
                            @Size(max = 20) String code) {

        Territory toValue() {
            return new Territory(level, name, code);
        }
    }

    record LeadRequest(@NotBlank @Size(max = 200) String name, @NotNull Institution.Kind kind) {
    }

    record InvitationRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String institutionId, @NotBlank @Size(max = 200) String name,
                             @NotNull Institution.Kind kind, @NotNull PartnerRole role) {

        ProposePartnership.Invitation toValue() {
            return new ProposePartnership.Invitation(new Institution(institutionId, name, kind), role);
        }
    }
}
