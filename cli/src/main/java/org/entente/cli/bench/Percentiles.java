package org.entente.cli.bench;

import java.util.List;

/** Nearest-rank percentiles of a sample of durations in microseconds, printed in milliseconds. */
record Percentiles(int n, double p50, double p95, double p99, double p999, double max) {

    static Percentiles of(List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                rank(sorted, 0.999), sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double rank(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    @Override
    public String toString() {
        return "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms p99.9=%.1f ms max=%.1f ms".formatted(n, p50, p95, p99,
                p999, max);
    }
}
