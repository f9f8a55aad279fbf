package dev.thresher.spark;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The row function of sentence mode: a document's text to its labelled sentences, one struct
 * each ({@link #TYPE}), or a single struct holding only an {@code error} when the text cannot be
 * classified. A document without sentences (empty text) gives none.
 */
final class SentenceRows implements UDF1<Object, List<Row>> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** One sentence: the fields of the command line's JSON Lines output, in its order, and the error. */
    static final StructType TYPE = new StructType()
            .add("index", DataTypes.IntegerType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType)
            .add("label", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType)
            .add("scores", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false))
            .add("text", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    private final Settings settings;

    SentenceRows(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<Row> call(Object value) {
        String problem = settings.problem(value);
        if (problem != null) {
            return List.of(error(problem));
        }
        String text = (String) value;
        List<LabeledSentence> sentences;
        try {
            sentences = settings.thresher().classify(text);
        } catch (RuntimeException | OutOfMemoryError e) {
            settings.failed();
            return List.of(error(Settings.failure(text, e)));
        }
        List<Row> rows = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            Map<String, Double> scores = new LinkedHashMap<>();
            for (Map.Entry<Label, Double> e : s.scores().entrySet()) {
                scores.put(e.getKey().name(), e.getValue());
            }
            rows.add(RowFactory.create(i, s.start(), s.end(), s.label().name(), s.confidence(), scores, s.text(),
                    null));
        }
        return rows;
    }

    private static Row error(String message) {
        return RowFactory.create(null, null, null, null, null, null, null, message);
    }
}
