package org.entente.command.partnership;

import org.entente.command.partnership.CommandRefused.Reason;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.command.partnership.Scenario.TODAY;

/** The rules of an imported convention's dates, as pure decisions (Reprise). */
class RepriseTest {

    private static final LocalDate SIGNED_ON_PAPER = LocalDate.of(2023, 3, 14);

    /** The import after its proposal, dated {@code date}. */
    private static Reprise proposedOn(LocalDate date) {
        Reprise reprise = Reprise.NONE;
        for (PartnershipEvent event : Scenario.proposed()) {
            reprise = reprise.after(event, date);
        }
        return reprise;
    }

    private static void refused(Runnable step, Reason reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(CommandRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.field()).isEqualTo("effectiveDate");
            assertThat(refused.reason().kind()).isEqualTo(CommandRefused.Kind.BAD_INPUT);
        });
    }

    @Nested
    class TheProposal {

        @Test
        void withoutADate_isNoImport_andItsStepsNameNoDate() {
            assertThat(Reprise.NONE.effectiveDateOf(null, null, TODAY)).isNull();
            assertThat(proposedOn(null)).isEqualTo(Reprise.NONE);
            assertThat(proposedOn(null).effectiveDateOf(PartnershipStatus.PROPOSED, null, TODAY)).isNull();
        }

        @Test
        void withAPastDate_opensTheImportOnThatDay() {
            assertThat(Reprise.NONE.effectiveDateOf(null, SIGNED_ON_PAPER, TODAY)).isEqualTo(SIGNED_ON_PAPER);
            assertThat(proposedOn(SIGNED_ON_PAPER).importedTo()).isEqualTo(SIGNED_ON_PAPER);
        }

        @Test
        void today_isAccepted_butTomorrow_isRefused() {
            assertThat(Reprise.NONE.effectiveDateOf(null, TODAY, TODAY)).isEqualTo(TODAY);
            refused(() -> Reprise.NONE.effectiveDateOf(null, TODAY.plusDays(1), TODAY), Reason.EFFECTIVE_DATE_IN_FUTURE);
        }
    }

    @Nested
    class TheStepsOfAnImport {

        private final Reprise imported = proposedOn(SIGNED_ON_PAPER);

        @Test
        void areDatedOnOrAfterTheStepBefore() {
            assertThat(imported.effectiveDateOf(PartnershipStatus.PROPOSED, SIGNED_ON_PAPER, TODAY))
                    .isEqualTo(SIGNED_ON_PAPER);
            assertThat(imported.effectiveDateOf(PartnershipStatus.PROPOSED, SIGNED_ON_PAPER.plusDays(1), TODAY))
                    .isEqualTo(SIGNED_ON_PAPER.plusDays(1));
            refused(() -> imported.effectiveDateOf(PartnershipStatus.PROPOSED, SIGNED_ON_PAPER.minusDays(1), TODAY),
                    Reason.EFFECTIVE_DATE_OUT_OF_ORDER);
            refused(() -> imported.effectiveDateOf(PartnershipStatus.PROPOSED, TODAY.plusDays(1), TODAY),
                    Reason.EFFECTIVE_DATE_IN_FUTURE);
        }

        @Test
        void withoutADate_takeEffectToday_andLaterStepsCannotGoBack() {
            assertThat(imported.effectiveDateOf(PartnershipStatus.NEGOTIATING, null, TODAY)).isEqualTo(TODAY);
            Reprise afterToday = imported.after(Scenario.negotiating().get(Scenario.negotiating().size() - 1), TODAY);

            refused(() -> afterToday.effectiveDateOf(PartnershipStatus.NEGOTIATING, TODAY.minusDays(1), TODAY),
                    Reason.EFFECTIVE_DATE_OUT_OF_ORDER);
        }

        @Test
        void endWithTheActivation_afterWhichNoStepTakesADate() {
            Reprise reprise = imported;
            List<PartnershipEvent> active = Scenario.active();
            for (PartnershipEvent event : active.subList(Scenario.proposed().size(), active.size())) {
                reprise = reprise.after(event, SIGNED_ON_PAPER.plusMonths(2));
            }
            Reprise afterActivation = reprise;

            assertThat(afterActivation).isEqualTo(Reprise.NONE);
            refused(() -> afterActivation.effectiveDateOf(PartnershipStatus.ACTIVE, SIGNED_ON_PAPER.plusMonths(3),
                    TODAY), Reason.EFFECTIVE_DATE_NOT_ALLOWED);
            assertThat(afterActivation.effectiveDateOf(PartnershipStatus.ACTIVE, null, TODAY)).isNull();
        }
    }

    @Test
    void aPartnershipProposedWithoutADate_neverTakesOne() {
        refused(() -> proposedOn(null).effectiveDateOf(PartnershipStatus.PROPOSED, SIGNED_ON_PAPER, TODAY),
                Reason.EFFECTIVE_DATE_NOT_ALLOWED);
    }
}
