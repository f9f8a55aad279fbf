package dev.thresher.eval;

import dev.thresher.Label;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classification figures for one way of labelling a dataset, computed from Tribuo's
 * {@code LabelEvaluation}.
 *
 * @param sentences  how many gold sentences were scored
 * @param accuracy   share labelled correctly
 * @param macroF1    unweighted mean of the per-label F1
 * @param perLabel   precision, recall, F1 and support for each label
 * @param confusion  {@code confusion.get(gold).get(predicted)} counts
 */
public record LabelScores(int sentences, double accuracy, double macroF1, Map<Label, PerLabel> perLabel,
                          Map<Label, Map<Label, Integer>> confusion) {

    /** Figures for one label. */
    public record PerLabel(double precision, double recall, double f1, int support) {
    }

    /** The labels in report order. */
    public static List<Label> labels() {
        return List.of(Label.values());
    }

    /** An empty confusion matrix. */
    static Map<Label, Map<Label, Integer>> emptyConfusion() {
        Map<Label, Map<Label, Integer>> m = new EnumMap<>(Label.class);
        for (Label g : Label.values()) {
            Map<Label, Integer> row = new EnumMap<>(Label.class);
            for (Label p : Label.values()) {
                row.put(p, 0);
            }
            m.put(g, row);
        }
        return m;
    }
}
