package dev.thresher.spark;

import dev.thresher.CleaningPolicy;
import dev.thresher.Label;
import dev.thresher.Thresher;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.apache.spark.util.LongAccumulator;

/**
 * What the row functions need on an executor, fixed when the transformer runs: the model, the
 * text column (for error messages) and the cleaning policy, in serialisable form.
 *
 * @param model      the model path, or {@link Models#DEFAULT}
 * @param conf       the driver's Hadoop configuration, to read the model with; null for the default model
 * @param textColumn the name of the text column
 * @param textType   its Spark type, e.g. {@code string}; null when the input has no such column
 * @param drop       the labels the cleaning policy drops
 * @param threshold  the cleaning policy's boilerplate threshold
 * @param headings   whether the cleaning policy keeps headings
 * @param failures   counts the documents that get an error; null when nobody asked
 */
record Settings(String model, HadoopConfiguration conf, String textColumn, String textType, List<String> drop,
                double threshold, boolean headings, LongAccumulator failures) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    Settings(String model, HadoopConfiguration conf, String textColumn, String textType, CleaningPolicy policy,
             LongAccumulator failures) {
        this(model, conf, textColumn, textType, policy.drop().stream().map(Enum::name).toList(),
                policy.boilerplateThreshold(), policy.keepHeadings(), failures);
    }

    /** The model, loaded once in this JVM. */
    Thresher thresher() {
        return Models.get(model, conf);
    }

    CleaningPolicy policy() {
        EnumSet<Label> labels = EnumSet.noneOf(Label.class);
        drop.forEach(l -> labels.add(Label.valueOf(l)));
        return new CleaningPolicy(labels, threshold, headings);
    }

    /** Why {@code value}, a row's value of the text column, cannot be classified; null when it can. */
    String problem(Object value) {
        String problem = why(value);
        if (problem != null) {
            failed();
        }
        return problem;
    }

    /** Counts a document that could not be classified. */
    void failed() {
        if (failures != null) {
            failures.add(1);
        }
    }

    private String why(Object value) {
        if (textType == null) {
            return "no \"" + textColumn + "\" column in the input";
        }
        if (value == null) {
            return "no text: \"" + textColumn + "\" is null";
        }
        if (!(value instanceof String)) {
            return "\"" + textColumn + "\" is not a string (" + textType + ")";
        }
        return null;
    }

    /** The message for a document that failed to classify. */
    static String failure(String text, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return String.format(java.util.Locale.ROOT, "not enough memory to classify this document (%,d "
                    + "characters); give the executors more memory or split the document", text.length());
        }
        return "cannot classify: " + e.getMessage();
    }
}
