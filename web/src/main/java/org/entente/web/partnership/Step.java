package org.entente.web.partnership;

/** The lifecycle steps a person can take on a partnership's page, each with its form (DESIGN §3). */
public enum Step {
    ACCEPT, DECLINE, COUNTER_PROPOSE, APPROVE, REJECT, SIGN, EVALUATE, FILE_REPORT, AMEND, WITHDRAW, GIVE_NOTICE,
    DISSOLVE, ABANDON;

    /** The form's path under the partnership, also its template's name. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Steps that wait for this person, as opposed to ones they may take when they choose. */
    public boolean awaitsAction() {
        return this == ACCEPT || this == APPROVE || this == SIGN || this == EVALUATE;
    }

    /**
     * The steps an existing convention goes through when it is brought in, which take the day each really took
     * effect, when the person gives one.
     */
    public boolean takesAnEffectiveDate() {
        return this == ACCEPT || this == COUNTER_PROPOSE || this == APPROVE || this == SIGN;
    }

    static Step ofSlug(String slug) {
        for (Step step : values()) {
            if (step.slug().equals(slug)) {
                return step;
            }
        }
        return null;
    }
}
