package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private static String json(double v, boolean table) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            if (table) {
                Decimals.write(g, "v", v);
            } else {
                g.writeNumberField("v", Math.round(v * 10000) / 10000.0);
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    @Test
    void writesExactlyWhatFormattingTheRoundedDoubleWrites() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        double[] edges = {0, 1, 0.5, 1e-4, 9e-4, 0.00049999, 0.99995, 0.99994, -0.00004, -1.5, 3.14159, 123456.78};
        for (double v : edges) {
            assertEquals(json(v, false), json(v, true), Double.toString(v));
        }
        for (int i = 0; i < 100_000; i++) {
            double v = i % 2 == 0 ? random.nextDouble() : random.nextDouble(-20, 20);
            assertEquals(json(v, false), json(v, true), Double.toString(v));
        }
    }
}
