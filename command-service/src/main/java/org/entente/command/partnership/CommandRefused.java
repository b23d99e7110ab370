package org.entente.command.partnership;

/** A command that a partnership's rules refuse; nothing is stored. The reason carries a stable code. */
public final class CommandRefused extends RuntimeException {

    private final Reason reason;
    private final String field;

    CommandRefused(Reason reason, String detail) {
        this(reason, null, detail);
    }

    /** A refusal of one field of the request, which the problem names. */
    CommandRefused(Reason reason, String field, String detail) {
        super(detail);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The request's field at fault, or null when the refusal is of the step as a whole. */
    public String field() {
        return field;
    }

    /** Why a command was refused, and what kind of refusal it is. */
    public enum Reason {
        NOT_FOUND("not-found", Kind.NOT_FOUND),
        NOT_A_PARTNER_ROLE("partner-role-required", Kind.FORBIDDEN),
        NO_INSTITUTION("institution-required", Kind.FORBIDDEN),
        NOT_A_PARTNER("not-a-partner", Kind.FORBIDDEN),
        SIGNATORY_REQUIRED("signatory-required", Kind.FORBIDDEN),
        LEAD_ONLY("lead-only", Kind.FORBIDDEN),
        PARTNERSHIP_CLOSED("partnership-closed", Kind.WRONG_STATE),
        NOT_NEGOTIATING("not-negotiating", Kind.WRONG_STATE),
        NO_PENDING_INVITATION("no-pending-invitation", Kind.WRONG_STATE),
        TERMS_FROZEN("terms-frozen", Kind.WRONG_STATE),
        STALE_BASE_VERSION("stale-base-version", Kind.WRONG_STATE),
        NOT_ON_THE_TABLE("not-the-version-on-the-table", Kind.WRONG_STATE),
        ALREADY_APPROVED("already-approved", Kind.WRONG_STATE),
        NOT_AGREED("not-agreed", Kind.WRONG_STATE),
        ALREADY_SIGNED("already-signed", Kind.WRONG_STATE),
        SIGNATURES_GIVEN("signatures-given", Kind.WRONG_STATE),
        NOT_IN_FORCE("not-in-force", Kind.WRONG_STATE),
        ALREADY_AMENDING("already-amending", Kind.WRONG_STATE),
        NOTICE_DEADLINE_PASSED("notice-deadline-passed", Kind.WRONG_STATE),
        NOTICE_ALREADY_GIVEN("notice-already-given", Kind.WRONG_STATE),
        NOT_YET_DUE("not-yet-due", Kind.WRONG_STATE),
        NO_LONGER_DUE("no-longer-due", Kind.WRONG_STATE),
        NO_REPORT_OWED("no-report-owed", Kind.WRONG_STATE),
        NOT_ENOUGH_PARTNERS("not-enough-partners", Kind.RULE_BROKEN),
        DUPLICATE_PARTNER("duplicate-partner", Kind.RULE_BROKEN),
        SECOND_LEAD("second-lead", Kind.RULE_BROKEN),
        LEAD_CANNOT_WITHDRAW("lead-cannot-withdraw", Kind.RULE_BROKEN),
        CONTRIBUTOR_NOT_A_PARTNER("contributor-not-a-partner", Kind.RULE_BROKEN),
        END_BEFORE_START("end-before-start", Kind.RULE_BROKEN),
        NEGATIVE_AMOUNT("negative-amount", Kind.RULE_BROKEN),
        HASH_MISMATCH("hash-mismatch", Kind.RULE_BROKEN),
        TEXT_REQUIRED("text-required", Kind.RULE_BROKEN),
        TEXT_TOO_LONG("text-too-long", Kind.RULE_BROKEN),
        RATING_OUT_OF_RANGE("rating-out-of-range", Kind.RULE_BROKEN),
        UNKNOWN_INDICATOR("unknown-indicator", Kind.RULE_BROKEN),
        EFFECTIVE_DATE_IN_PAST("effective-date-in-past", Kind.RULE_BROKEN),
        NO_TACIT_RENEWAL("no-tacit-renewal", Kind.RULE_BROKEN),
        EFFECTIVE_DATE_IN_FUTURE("effective-date-in-future", Kind.BAD_INPUT),
        EFFECTIVE_DATE_OUT_OF_ORDER("effective-date-out-of-order", Kind.BAD_INPUT),
        EFFECTIVE_DATE_NOT_ALLOWED("effective-date-not-allowed", Kind.BAD_INPUT);

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

    /** Maps to the HTTP status family: 403, 404, 409, 422 or, for a field the request got wrong, 400. */
    public enum Kind {
        FORBIDDEN, NOT_FOUND, WRONG_STATE, RULE_BROKEN, BAD_INPUT
    }
}
