package dev.thresher.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link ReportModel} as indented JSON with Jackson: the model's own structure
 * (sections with their tables, columns and rows), figures as the decimals the other formats
 * print, charts and HTML-only content left out.
 */
public final class JsonRenderer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonRenderer() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(ReportModel report, Writer out) throws IOException {
        JSON.writeValue(out, report);
        out.write('\n');
        out.flush();
    }
}
