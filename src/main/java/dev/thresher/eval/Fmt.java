package dev.thresher.eval;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one place where report figures become decimals: a {@link ReportModel} stores every figure
 * as {@link #n3(double)}, the three-decimal number {@link #f3(double)} spells, and all three
 * renderers print that stored decimal, so that every format shows the same numbers.
 */
final class Fmt {
    private Fmt() {
    }

    /** {@code x} with three decimals ({@code "n/a"} for NaN), never {@code "-0.000"}. */
    static String f3(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.3f", x);
        return s.equals("-0.000") ? "0.000" : s;
    }

    /** {@code x} with a sign and three decimals: {@code +0.012}, {@code -0.003}, {@code 0.000}. */
    static String signed3(double x) {
        String s = f3(x);
        return s.startsWith("-") || s.equals("0.000") || s.equals("n/a") ? s : "+" + s;
    }

    /** The decimal {@link #f3(double)} prints, for JSON; {@code null} for NaN. */
    static BigDecimal n3(double x) {
        return Double.isNaN(x) ? null : new BigDecimal(f3(x));
    }

    /** {@code x} as a percentage with one decimal, for prose only (never a reported figure). */
    static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
