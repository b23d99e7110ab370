package org.entente.web.partnership;

import org.entente.web.terms.Lines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Each step as the command side's request: its path and its body, made from the form (README, lifecycle table). */
final class StepRequests {

    private StepRequests() {
    }

    record Request(String path, Object body) {
    }

    static Request of(Step step, UUID id, StepForm form) {
        String base = "/partnerships/" + id;
        return switch (step) {
            case ACCEPT -> new Request(base + "/acceptance", dated(Map.of(), form));
            case DECLINE -> new Request(base + "/declination", reasoned(form));
            case COUNTER_PROPOSE -> new Request(base + "/terms", dated(Map.of("baseVersion", form.getTermsVersion(),
                    "terms", form.getTerms().toTerms(), "rationale", form.getRationale().trim()), form));
            case APPROVE -> new Request(base + "/terms/" + form.getTermsVersion() + "/approvals",
                    dated(Map.of("termsHash", form.getTermsHash()), form));
            case REJECT -> new Request(base + "/terms/" + form.getTermsVersion() + "/rejections", reasoned(form));
            case SIGN -> new Request(base + "/signatures", dated(Map.of("termsHash", form.getTermsHash(),
                    "capacity", form.getCapacity().trim()), form));
            case EVALUATE -> new Request(base + "/evaluations", evaluation(form));
            case FILE_REPORT -> new Request(base + "/financial-reports", Map.of("periodEnd", form.getPeriodEnd(),
                    "amount", form.getAmount(), "summary", form.getSummary().trim()));
            case AMEND -> new Request(base + "/amendments", reasoned(form));
            case WITHDRAW -> new Request(base + "/withdrawals", reasoned(form));
            case GIVE_NOTICE -> new Request(base + "/notice-of-non-renewal", reasoned(form));
            case DISSOLVE -> new Request(base + "/dissolution", dissolution(form));
            case ABANDON -> new Request(base + "/abandonment", reasoned(form));
        };
    }

    /** The validation group of the fields a step uses, beyond the version and the key every form has. */
    static Class<?> group(Step step) {
        return switch (step) {
            case ACCEPT -> jakarta.validation.groups.Default.class;
            case DECLINE, REJECT, AMEND, WITHDRAW, GIVE_NOTICE, ABANDON -> StepForm.Reasoned.class;
            case COUNTER_PROPOSE -> StepForm.CounterProposing.class;
            case APPROVE -> StepForm.Approving.class;
            case SIGN -> StepForm.Signing.class;
            case EVALUATE -> StepForm.Evaluating.class;
            case FILE_REPORT -> StepForm.Reporting.class;
            case DISSOLVE -> StepForm.Dissolving.class;
        };
    }

    /** With the day the step took effect when the person gave one; without it, the body it always was. */
    private static Map<String, Object> dated(Map<String, Object> body, StepForm form) {
        if (form.getEffectiveDate() == null) {
            return body;
        }
        Map<String, Object> dated = new LinkedHashMap<>(body);
        dated.put("effectiveDate", form.getEffectiveDate());
        return dated;
    }

    private static Map<String, Object> reasoned(StepForm form) {
        return Map.of("reason", form.getReason().trim());
    }

    private static Map<String, Object> evaluation(StepForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodStart", form.getPeriodStart());
        body.put("periodEnd", form.getPeriodEnd());
        body.put("measurements", form.getMeasurements().stream().filter(m -> m.getValue() != null)
                .map(m -> Map.of("indicator", m.getIndicator(), "value", m.getValue())).toList());
        body.put("findings", form.getFindings().trim());
        body.put("rating", form.getRating());
        body.put("recommendations", Lines.of(form.getRecommendations()));
        return body;
    }

    private static Map<String, Object> dissolution(StepForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", form.getDissolutionReason());
        if (form.getDetails() != null && !form.getDetails().isBlank()) {
            body.put("details", form.getDetails().trim());
        }
        if (form.getEffectiveDate() != null) {
            body.put("effectiveDate", form.getEffectiveDate());
        }
        return body;
    }

    static List<StepForm.Measurement> measurementsFor(List<String> indicators) {
        return indicators.stream().map(StepForm.Measurement::new).toList();
    }
}
