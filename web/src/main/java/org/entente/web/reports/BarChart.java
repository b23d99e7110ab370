package org.entente.web.reports;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A horizontal bar chart, computed here and drawn as SVG by the template: every bar carries its label and its
 * number in text, so that nothing is told by colour or length alone.
 */
public record BarChart(String titleKey, List<Bar> bars, double max) {

    /** One bar: its label (a message key or a name), its value, and its length as a share of the longest. */
    public record Bar(String label, boolean labelIsKey, double value, double share) {

        /** The bar's length out of {@code full}; never less than a sliver, so that a small value still shows. */
        public double length(int full) {
            return Math.max(2, share * full);
        }
    }

    public static final int ROW_HEIGHT = 32;

    static <T> BarChart of(String titleKey, List<T> rows, Function<T, String> label, boolean labelIsKey,
                           ToDoubleFunction<T> value) {
        double max = rows.stream().mapToDouble(value).max().orElse(0);
        List<Bar> bars = rows.stream().map(row -> new Bar(label.apply(row), labelIsKey, value.applyAsDouble(row),
                max == 0 ? 0 : value.applyAsDouble(row) / max)).toList();
        return new BarChart(titleKey, bars, max);
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT;
    }
}
