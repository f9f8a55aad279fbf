package dev.thresher.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the model said about one gold sentence, end to end: the line {@code --predictions}
 * writes and what the per-document views, threshold curves and error browser are computed
 * from. Labels are strings because gold data may use its own label set (after mapping ours).
 *
 * @param doc        the document id
 * @param start      start of the gold sentence in the document, in UTF-16 code units
 * @param end        its end (exclusive)
 * @param gold       the gold label
 * @param predicted  the predicted label, mapped onto the gold label set ({@code NONE} when no
 *                   prediction covers the sentence)
 * @param confidence the probability of the label predicted for the sentence it came from
 * @param scores     the probability of each of our labels for that sentence, in label order
 * @param text       the gold sentence
 */
@JsonPropertyOrder({"doc", "start", "end", "gold", "predicted", "confidence", "scores", "text"})
public record Judgement(String doc, int start, int end, String gold, String predicted, double confidence,
                        Map<String, Double> scores, String text) {
    /** The label of a gold sentence no prediction covers. */
    public static final String NONE = "NONE";

    /** Copies the scores, keeping their order. */
    public Judgement {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** Whether the prediction is right. */
    public boolean correct() {
        return gold.equals(predicted);
    }

    /** The probability of our label {@code label} ({@code 0} if unknown). */
    public double score(String label) {
        return scores.getOrDefault(label, 0.0);
    }

    /** The scores of a predicted sentence as a string-keyed map. */
    static Map<String, Double> scores(LabeledSentence s) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Label l : Label.values()) {
            out.put(l.name(), s == null ? 0.0 : s.scores().get(l));
        }
        return out;
    }

    /** The judgements of already computed runs of our own dataset format, end to end. */
    public static List<Judgement> of(List<DocumentRun> runs) {
        List<Judgement> out = new ArrayList<>();
        for (DocumentRun run : runs) {
            List<Label> predicted = run.endToEndLabels();
            for (int i = 0; i < run.aligned().size(); i++) {
                GoldSentence g = run.document().sentences().get(i);
                LabeledSentence p = run.aligned().get(i);
                out.add(new Judgement(run.document().id(), g.start(), g.end(), g.label().name(),
                        predicted.get(i).name(), p == null ? 0 : p.confidence(), scores(p),
                        run.document().text().substring(g.start(), g.end())));
            }
        }
        return out;
    }
}
