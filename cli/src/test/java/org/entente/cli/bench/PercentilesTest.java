package org.entente.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRank_overAHundredSamples() {
        List<Long> micros = LongStream.rangeClosed(1, 100).map(ms -> ms * 1000).boxed().toList();

        Percentiles percentiles = Percentiles.of(micros);

        assertThat(percentiles.p50()).isEqualTo(50.0);
        assertThat(percentiles.p95()).isEqualTo(95.0);
        assertThat(percentiles.p99()).isEqualTo(99.0);
        assertThat(percentiles.max()).isEqualTo(100.0);
    }

    @Test
    void p999_overAThousandSamples_isTheNextToLast() {
        List<Long> micros = LongStream.rangeClosed(1, 1000).map(ms -> ms * 1000).boxed().toList();

        assertThat(Percentiles.of(micros).p999()).isEqualTo(999.0);
    }

    @Test
    void aSingleSample_isEveryPercentile() {
        assertThat(Percentiles.of(List.of(1500L))).hasToString("n=1 p50=1.5 ms p95=1.5 ms p99=1.5 ms p99.9=1.5 ms max=1.5 ms");
    }
}
