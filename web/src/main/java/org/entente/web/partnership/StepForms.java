package org.entente.web.partnership;

import org.entente.events.Terms;
import org.entente.web.api.Partnership;
import org.entente.web.terms.TermsForm;

import java.util.ArrayList;
import java.util.List;

/** A step's form as first shown: at the version the person sees, with what the step acts on filled in. */
final class StepForms {

    private StepForms() {
    }

    static StepForm prefilled(Step step, Partnership partnership) {
        StepForm form = new StepForm();
        rebase(form, step, partnership);
        complete(form, step, partnership);
        return form;
    }

    /** What the form needs to show and the person did not send: the terms to counter, the indicators to measure. */
    static void complete(StepForm form, Step step, Partnership partnership) {
        if (partnership.terms() == null) {
            return;
        }
        if (step == Step.COUNTER_PROPOSE && form.getTerms() == null) {
            form.setTerms(TermsForm.of(partnership.terms().content()));
        }
        if (step == Step.EVALUATE && form.getMeasurements().isEmpty()) {
            form.setMeasurements(new ArrayList<>(StepRequests.measurementsFor(indicators(
                    partnership.terms().content()))));
        }
    }

    /** Points the form at the partnership as it is now: its version, and the version of the terms acted on. */
    static void rebase(StepForm form, Step step, Partnership partnership) {
        form.setSeenVersion(partnership.version());
        if (step == Step.SIGN && partnership.agreement() != null) {
            form.setTermsVersion(partnership.agreement().version());
            form.setTermsHash(partnership.agreement().hash());
        } else if (partnership.terms() != null) {
            form.setTermsVersion(partnership.terms().version());
            form.setTermsHash(partnership.terms().hash());
        }
    }

    static List<String> indicators(Terms terms) {
        return terms.objectives().stream().flatMap(objective -> objective.indicators().stream())
                .map(Terms.Indicator::name).toList();
    }
}
