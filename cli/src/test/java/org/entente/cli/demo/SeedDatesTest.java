package org.entente.cli.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDatesTest {

    private final SeedDates december = new SeedDates(LocalDate.of(2026, 12, 7));

    @Test
    void todayAndTheMonthsFirstDay_moveByTheirPeriods_fromLeftToRight() {
        assertThat(december.fill("{today}")).isEqualTo("2026-12-07");
        assertThat(december.fill("{month}")).isEqualTo("2026-12-01");
        assertThat(december.fill("{month-P3Y11M}")).isEqualTo("2023-01-01");
        assertThat(december.fill("{month+P4M-P1D}")).isEqualTo("2027-03-31");
        assertThat(december.fill("{today+P70D-P4Y}")).isEqualTo("2023-02-15");
        assertThat(december.fill("{month-P3Y9M+P2W}")).isEqualTo("2023-03-15");
    }

    @Test
    void everyTemplateOfAText_isFilled_andTheRestIsLeftAlone() {
        assertThat(december.fill("{\"start\":\"{month-P1Y11M}\",\"end\":\"{month+P3Y1M-P1D}\",\"id\":\"{id}\"}"))
                .isEqualTo("{\"start\":\"2025-01-01\",\"end\":\"2029-12-31\",\"id\":\"{id}\"}");
    }

    @Test
    void aMonthEnd_isKeptWhereTheMonthHasIt() {
        SeedDates leapDay = new SeedDates(LocalDate.of(2028, 2, 29));

        assertThat(leapDay.fill("{today-P1Y}")).isEqualTo("2027-02-28");
        assertThat(leapDay.fill("{today-P4Y}")).isEqualTo("2024-02-29");
    }
}
