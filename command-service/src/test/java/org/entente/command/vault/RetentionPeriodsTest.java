package org.entente.command.vault;

import org.entente.events.Personal;
import org.junit.jupiter.api.Test;

import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 21, requirement 4: a period per kind, and a period that is not positive stops the service at start. */
class RetentionPeriodsTest {

    private static final Period TEN_YEARS = Period.ofYears(10);
    private static final Period THREE_YEARS = Period.ofYears(3);

    @Test
    void eachKind_hasItsOwnPeriod() {
        RetentionPeriods periods = new RetentionPeriods(TEN_YEARS, Period.ofYears(5), Period.ofMonths(6),
                THREE_YEARS, Period.ofDays(90));

        assertThat(periods.of(Personal.Kind.PERSON_ID)).isEqualTo(TEN_YEARS);
        assertThat(periods.of(Personal.Kind.NAME)).isEqualTo(Period.ofYears(5));
        assertThat(periods.of(Personal.Kind.CAPACITY)).isEqualTo(Period.ofMonths(6));
        assertThat(periods.of(Personal.Kind.EMAIL)).isEqualTo(THREE_YEARS);
        assertThat(periods.of(Personal.Kind.PHONE)).isEqualTo(Period.ofDays(90));
    }

    @Test
    void aPeriodThatIsNotPositive_isRefused_namingItsSetting() {
        assertThatThrownBy(() -> new RetentionPeriods(TEN_YEARS, Period.ZERO, TEN_YEARS, THREE_YEARS, THREE_YEARS))
                .hasMessageContaining("entente.retention.name must be a positive period");
        assertThatThrownBy(() -> new RetentionPeriods(TEN_YEARS, TEN_YEARS, TEN_YEARS, THREE_YEARS,
                Period.ofDays(-1))).hasMessageContaining("entente.retention.phone");
    }
}
