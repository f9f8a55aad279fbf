package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Numbers rounded to four decimal places, as JSON output writes them. Probabilities, the bulk of
 * the output, come from a table of their 10,001 possible texts instead of being formatted one by
 * one (formatting doubles was a visible share of {@code classify}'s time); the text is exactly
 * {@link Double#toString} of the rounded value, as before.
 */
final class Decimals {
    private static final int SCALE = 10_000;
    private static final String[] UNIT_INTERVAL = new String[SCALE + 1];

    static {
        for (int k = 0; k <= SCALE; k++) {
            UNIT_INTERVAL[k] = Double.toString(k / (double) SCALE);
        }
    }

    private Decimals() {
    }

    /** Writes {@code v} rounded to four decimal places as the value of field {@code name}. */
    static void write(JsonGenerator g, String name, double v) throws IOException {
        long k = Math.round(v * SCALE);
        if (k >= 0 && k <= SCALE) {
            g.writeFieldName(name);
            g.writeNumber(UNIT_INTERVAL[(int) k]);
        } else {
            g.writeNumberField(name, k / (double) SCALE);
        }
    }
}
