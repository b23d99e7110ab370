package org.entente.query.benchmark;

import org.entente.events.DissolutionReason;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A synthetic but lifelike portfolio: partnerships between a few thousand institutions on a few hundred
 * territories over three years, each negotiated, signed, activated and evaluated three times (21 events), a tenth still
 * in negotiation, a tenth dissolved. Deterministic: the same index gives the same partnership.
 */
final class Portfolio {

    static final int INSTITUTIONS = 2_000;
    static final int TERRITORIES = 500;
    static final Instant START = Instant.parse("2023-01-01T08:00:00Z");
    private static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final PartnerRole[] ROLES = {PartnerRole.FUNDER, PartnerRole.OPERATOR, PartnerRole.ASSOCIATE};

    private final int size;

    Portfolio(int size) {
        this.size = size;
    }

    static UUID id(int index) {
        return new UUID(0x0e17e17e00000000L, index);
    }

    static String institution(int number) {
        return String.format("inst-%04d", number % INSTITUTIONS);
    }

    static String territory(int number) {
        return String.format("%05d", 10_000 + number % TERRITORIES);
    }

    /** A timestamped event of the generated stream. */
    record Timed(PartnershipEvent event, Instant at) {
    }

    /** The events of partnership {@code index}, with {@code evaluations} evaluations once it is in force. */
    List<Timed> events(int index, int evaluations) {
        UUID id = id(index);
        Instant at = START.plus(SPAN.multipliedBy(index).dividedBy(Math.max(size, 1)));
        List<Timed> events = new ArrayList<>();
        Institution lead = new Institution(institution(index), "Institution " + institution(index),
                Institution.Kind.LOCAL_AUTHORITY);
        List<Institution> partners = List.of(
                new Institution(institution(index * 7 + 1), "Fund " + index, Institution.Kind.SOCIAL_SECURITY_FUND),
                new Institution(institution(index * 13 + 2), "Association " + index, Institution.Kind.ASSOCIATION),
                new Institution(institution(index * 31 + 3), "Service " + index, Institution.Kind.STATE_SERVICE));
        PartnershipType type = PartnershipType.values()[index % PartnershipType.values().length];
        Terms first = terms(index, new BigDecimal(100_000 + index % 50_000));
        Terms second = terms(index, new BigDecimal(90_000 + index % 50_000));
        String hash1 = "sha256:v1-" + index;
        String hash2 = "sha256:v2-" + index;
        add(events, at, new PartnershipProposed(id, "P-" + index, "Partnership " + index,
                "Joint social action project number " + index, type,
                new LegalBasis(LegalBasis.Kind.PARTNERSHIP_AGREEMENT, "Convention " + index),
                new Territory(Territory.Level.MUNICIPALITY, "Commune " + territory(index), territory(index)), lead,
                first, hash1, at));
        for (int p = 0; p < partners.size(); p++) {
            add(events, at, new PartnerInvited(id, partners.get(p), ROLES[p], next(events, at)));
        }
        for (Institution partner : partners) {
            add(events, at, new InvitationAccepted(id, partner.id(), next(events, at)));
        }
        add(events, at, new TermsProposed(id, 2, 1, second, hash2, "The board cut the budget by ten percent",
                partners.get(0).id(), next(events, at)));
        // A tenth stay in negotiation and a tenth end dissolved; a long-lived one does neither.
        boolean longLived = evaluations > 3;
        if (index % 10 == 0 && !longLived) {
            return events;
        }
        List<Institution> everyone = new ArrayList<>(partners);
        everyone.add(0, lead);
        for (Institution partner : everyone) {
            add(events, at, new TermsApproved(id, 2, hash2, partner.id(), next(events, at)));
        }
        add(events, at, new AgreementReached(id, 2, hash2, next(events, at)));
        for (Institution partner : everyone) {
            add(events, at, new AgreementSigned(id, 2, hash2, partner.id(), "Signatory of " + partner.id(),
                    "Director", next(events, at)));
        }
        add(events, at, new PartnershipActivated(id, 2, LocalDate.of(2026, 1, 1), next(events, at)));
        for (int e = 0; e < evaluations; e++) {
            add(events, at, new EvaluationRecorded(id, new UUID(index, e), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), List.of(new EvaluationRecorded.Measurement("places",
                    new BigDecimal(100 + e % 60))), "Evaluation " + e + " of partnership " + index, 1 + e % 5,
                    List.of("Keep going"), lead.id(), next(events, at)));
        }
        if (index % 10 == 1 && !longLived) {
            add(events, at, new PartnershipDissolved(id, DissolutionReason.MUTUAL_AGREEMENT, "Merged into another",
                    LocalDate.of(2027, 1, 1), lead.id(), next(events, at)));
        }
        return events;
    }

    private static void add(List<Timed> events, Instant start, PartnershipEvent event) {
        events.add(new Timed(event, next(events, start)));
    }

    /** One event a day, from the proposal on. */
    private static Instant next(List<Timed> events, Instant start) {
        return start.plus(Duration.ofDays(events.size()));
    }

    private static Terms terms(int index, BigDecimal funding) {
        return new Terms(
                List.of(new Terms.Objective("Open new places for project " + index,
                        List.of(new Terms.Indicator("places", "places", BigDecimal.valueOf(120),
                                BigDecimal.valueOf(160))))),
                List.of(new Terms.Contribution(institution(index * 7 + 1), Terms.Contribution.Kind.FUNDING,
                        "Operating grant", funding, null, "yearly")),
                new Terms.Governance("One member per partner", "quarterly", "consensus"),
                new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                        Terms.Duration.Renewal.EXPLICIT, 90),
                new Terms.EvaluationPlan("yearly", List.of("places")));
    }
}
