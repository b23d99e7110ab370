package org.entente.command.partnership;

/** A command that a partnership's rules refuse; nothing is stored. The reason carries a stable code. */
public final class CommandRefused extends RuntimeException {

    private final Reason reason;

    CommandRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why a command was refused, and what kind of refusal it is. */
    public enum Reason {
        NOT_ENOUGH_PARTNERS("not-enough-partners", Kind.RULE_BROKEN),
        DUPLICATE_PARTNER("duplicate-partner", Kind.RULE_BROKEN),
        SECOND_LEAD("second-lead", Kind.RULE_BROKEN),
        CONTRIBUTOR_NOT_A_PARTNER("contributor-not-a-partner", Kind.RULE_BROKEN),
        END_BEFORE_START("end-before-start", Kind.RULE_BROKEN),
        NEGATIVE_AMOUNT("negative-amount", Kind.RULE_BROKEN),
        NOT_A_PARTNER_ROLE("partner-role-required", Kind.FORBIDDEN),
        NO_INSTITUTION("institution-required", Kind.FORBIDDEN);

        private final String code;
        private final Kind kind;

        Reason(String code, Kind kind) {
            this.code = code;
            this.kind = kind;
        }

        public String code() {
            return code;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** Maps to the HTTP status family: 403, 404, 409 or 422. */
    public enum Kind {
        FORBIDDEN, NOT_FOUND, WRONG_STATE, RULE_BROKEN
    }
}
