package org.entente.web.reports;

import org.entente.web.api.Summary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bars are drawn to scale of the largest, and a zero still shows as a sliver beside its number. */
class BarChartTest {

    @Test
    void barsAreSharesOfTheLargest() {
        BarChart chart = BarChart.of("chart.status", List.of(new Summary.Count("ACTIVE", 8),
                new Summary.Count("DISSOLVED", 2), new Summary.Count("ABANDONED", 0)), c -> "status." + c.key(), true,
                Summary.Count::partnerships);

        assertThat(chart.bars()).extracting(BarChart.Bar::share).containsExactly(1.0, 0.25, 0.0);
        assertThat(chart.bars()).extracting(bar -> bar.length(300)).containsExactly(300.0, 75.0, 2.0);
        assertThat(chart.height()).isEqualTo(3 * BarChart.ROW_HEIGHT);
    }

    @Test
    void anEmptyReport_drawsNoBars() {
        BarChart chart = BarChart.of("chart.type", List.<Summary.Count>of(), Summary.Count::key, false,
                Summary.Count::partnerships);

        assertThat(chart.bars()).isEmpty();
        assertThat(chart.max()).isZero();
    }
}
