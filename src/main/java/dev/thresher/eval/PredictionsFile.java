package dev.thresher.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes {@link Judgement}s as JSON Lines, one per gold sentence in document order:
 * {@code {"doc":…,"start":…,"end":…,"gold":…,"predicted":…,"confidence":…,"scores":{…},"text":…}},
 * offsets in UTF-16 code units as everywhere in Thresher.
 */
public final class PredictionsFile {
    private static final ObjectWriter LINE = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();

    private PredictionsFile() {
    }

    /** Writes {@code judgements} to {@code out}. */
    public static void write(List<Judgement> judgements, Writer out) throws IOException {
        for (Judgement j : judgements) {
            out.write(LINE.writeValueAsString(j));
            out.write('\n');
        }
        out.flush();
    }
}
