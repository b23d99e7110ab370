package org.entente.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the terms under negotiation: what the partners aim at, what each brings, how they decide,
 * for how long and how they will evaluate it. Its canonical JSON is hashed so signatures bind to content.
 */
public record Terms(
        List<Objective> objectives,
        List<Contribution> contributions,
        Governance governance,
        Duration duration,
        EvaluationPlan evaluationPlan) {

    /** A goal of the partnership, measured by its indicators. */
    public record Objective(String statement, List<Indicator> indicators) {
    }

    /** A measure of an objective: its unit, where it starts and where it should get to. */
    public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
    }

    /** What one partner brings: funding in EUR, staff in FTE, premises, equipment or expertise, and its value. */
    public record Contribution(
            String institutionId,
            Kind kind,
            String description,
            BigDecimal amountEur,
            BigDecimal fte,
            String schedule) {

        public enum Kind {
            FUNDING, STAFF, PREMISES, EQUIPMENT, EXPERTISE
        }
    }

    /** How the partners steer together. */
    public record Governance(String steeringCommittee, String meetingFrequency, String decisionRule) {
    }

    /** When the partnership runs, how it renews and how much notice a partner leaving must give. */
    public record Duration(LocalDate start, LocalDate end, Renewal renewal, int noticePeriodDays) {

        public enum Renewal {
            NONE, TACIT, EXPLICIT
        }
    }

    /** How often and against which criteria the partnership is evaluated. */
    public record EvaluationPlan(String frequency, List<String> criteria) {
    }
}
