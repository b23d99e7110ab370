package org.entente.cli.bench;

import java.util.List;
import java.util.Locale;

/** One figure of the benchmark over its runs: the median with the min and the max, and a ratio to a raw limit. */
record BenchFigure(String name, String unit, List<Double> runs) {

    double median() {
        List<Double> sorted = runs.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return runs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return runs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** A table row: the figure, and its ratio to {@code limit} when there is one. */
    String row(BenchFigure limit) {
        String ratio = limit == null ? ""
                : String.format(Locale.ROOT, "%.3f × %s", median() / limit.median(), limit.name());
        return remarked(ratio);
    }

    /** A table row with {@code remark} in the last column. */
    String remarked(String remark) {
        String number = unit.equals("ms") ? "%.1f" : "%,.0f";
        return String.format(Locale.ROOT, "| %s | " + number + " %s | " + number + " – " + number + " | %s |", name,
                median(), unit, min(), max(), remark);
    }
}
