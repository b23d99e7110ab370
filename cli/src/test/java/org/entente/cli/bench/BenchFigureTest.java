package org.entente.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchFigureTest {

    @Test
    void theMedianOfAnOddNumberOfRuns_isTheMiddleOne_andTheRowGivesMinMaxAndTheRatio() {
        BenchFigure entente = new BenchFigure("writes", "commands/s", List.of(300.0, 100.0, 200.0));
        BenchFigure raw = new BenchFigure("appends", "tx/s", List.of(1_000.0, 800.0, 900.0));

        assertThat(entente.median()).isEqualTo(200.0);
        assertThat(entente.row(raw)).isEqualTo("| writes | 200 commands/s | 100 – 300 | 0.222 × appends |");
    }

    @Test
    void latencies_keepATenthOfAMillisecond() {
        assertThat(new BenchFigure("p99", "ms", List.of(12.34, 9.87, 40.0)).remarked("target ≤ 50 ms"))
                .isEqualTo("| p99 | 12.3 ms | 9.9 – 40.0 | target ≤ 50 ms |");
    }

    @Test
    void theMedianOfAnEvenNumberOfRuns_isTheMeanOfTheMiddleTwo() {
        assertThat(new BenchFigure("x", "/s", List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }
}
