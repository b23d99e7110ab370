package org.entente.web.partnership;

import org.entente.events.PartnerRole;
import org.entente.events.PartnershipStatus;
import org.entente.events.Terms;
import org.entente.web.api.Partnership;
import org.entente.web.signin.Person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which steps to offer a person on a partnership: the command side's rules read from the state the person sees,
 * so that no form is shown that would only be refused. The command side still decides; a stale page is refused there.
 */
public final class AvailableSteps {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private AvailableSteps() {
    }

    public static Set<Step> of(Partnership partnership, Person person) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        Optional<Partnership.Partner> mine = partnership.partner(person.institutionId());
        if (!person.isPartner() || mine.isEmpty() || partnership.status().isClosed()) {
            return steps;
        }
        Partnership.Partner partner = mine.get();
        PartnershipStatus status = partnership.status();
        if (partner.status() == Partnership.Standing.INVITED && status.isNegotiating()) {
            steps.addAll(Set.of(Step.ACCEPT, Step.DECLINE));
        }
        if (!partner.isActive()) {
            return steps;
        }
        negotiation(partnership, partner, steps);
        signing(partnership, person, steps);
        inForce(partnership, partner, steps);
        return steps;
    }

    private static void negotiation(Partnership partnership, Partnership.Partner partner, Set<Step> steps) {
        PartnershipStatus status = partnership.status();
        boolean openTable = partnership.agreement() == null
                && (status.isNegotiating() || status == PartnershipStatus.AMENDING);
        if (openTable && partnership.terms() != null) {
            steps.add(Step.COUNTER_PROPOSE);
            if (!partnership.terms().approvedBy(partner.institutionId())) {
                steps.addAll(Set.of(Step.APPROVE, Step.REJECT));
            }
        }
        boolean unsigned = partnership.agreement() == null || partnership.agreement().signatures().isEmpty();
        boolean beforeSignatures = status.isNegotiating() || status == PartnershipStatus.AGREED;
        if (partner.role() == PartnerRole.LEAD && beforeSignatures && unsigned) {
            steps.add(Step.ABANDON);
        }
    }

    private static void signing(Partnership partnership, Person person, Set<Step> steps) {
        boolean awaitingSignatures = partnership.status() == PartnershipStatus.AGREED
                || partnership.status() == PartnershipStatus.AMENDING;
        if (person.isSignatory() && awaitingSignatures && partnership.agreement() != null
                && !partnership.agreement().signedBy(person.institutionId())) {
            steps.add(Step.SIGN);
        }
    }

    private static void inForce(Partnership partnership, Partnership.Partner partner, Set<Step> steps) {
        if (!partnership.status().isInForce()) {
            return;
        }
        steps.addAll(Set.of(Step.DISSOLVE, Step.EVALUATE));
        if (partnership.status() == PartnershipStatus.ACTIVE) {
            steps.add(Step.AMEND);
        }
        if (partner.role() != PartnerRole.LEAD && partnership.activePartners() > 2) {
            steps.add(Step.WITHDRAW);
        }
        // Whether the deadline has passed is the command service's to say, with a plain refusal on the form.
        if (renewsTacitly(partnership)) {
            steps.add(Step.GIVE_NOTICE);
        }
        // Likewise whether a year's report is owed: a funded partnership owes one as each year ends.
        if (funded(partnership)) {
            steps.add(Step.FILE_REPORT);
        }
    }

    private static boolean funded(Partnership partnership) {
        return partnership.terms() != null && partnership.terms().content().contributions() != null
                && partnership.terms().content().contributions().stream()
                .anyMatch(contribution -> contribution.kind() == Terms.Contribution.Kind.FUNDING);
    }

    private static boolean renewsTacitly(Partnership partnership) {
        return partnership.terms() != null && partnership.terms().content().duration() != null
                && partnership.terms().content().duration().renewal() == Terms.Duration.Renewal.TACIT;
    }

    /**
     * What waits for this person: an invitation to answer, a version to approve, an agreement to sign, or an
     * evaluation that is due.
     */
    public static Set<Step> awaiting(Partnership partnership, Person person, Clock clock) {
        Set<Step> awaiting = EnumSet.noneOf(Step.class);
        for (Step step : of(partnership, person)) {
            if (step.awaitsAction() && (step != Step.EVALUATE
                    || evaluationDue(partnership, LocalDate.now(clock.withZone(PARIS))))) {
                awaiting.add(step);
            }
        }
        return awaiting;
    }

    /**
     * An evaluation is awaited when none was recorded in the last year: the plans of the seed scenarios and of
     * most conventions are yearly, and a free-text frequency cannot be read more precisely.
     */
    public static boolean evaluationDue(Partnership partnership, LocalDate today) {
        return partnership.status().isInForce() && partnership.evaluations().stream()
                .noneMatch(evaluation -> evaluation.periodEnd() != null
                        && !evaluation.periodEnd().isBefore(today.minusYears(1)));
    }
}
