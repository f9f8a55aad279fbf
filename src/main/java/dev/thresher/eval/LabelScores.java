package dev.thresher.eval;

import dev.thresher.Label;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classification figures for one way of labelling a dataset.
 *
 * <p>Precision, recall and F1 of a label are 0 when their denominator is 0 (a label never
 * predicted, or absent from the gold data), so that a one-label baseline is not flattered.
 * These definitions agree with Tribuo's {@code LabelEvaluator} (a test checks).
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

    /** Scores {@code predicted} against {@code gold}, position by position. */
    public static LabelScores of(List<Label> gold, List<Label> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        int[][] counts = new int[Label.values().length][Label.values().length];
        for (int i = 0; i < gold.size(); i++) {
            counts[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        return fromConfusion(counts);
    }

    /** Scores a confusion matrix given as {@code counts[gold][predicted]} in {@link Label} order. */
    public static LabelScores fromConfusion(int[][] counts) {
        int n = Label.values().length;
        int total = 0;
        int correct = 0;
        int[] goldTotals = new int[n];
        int[] predictedTotals = new int[n];
        for (int g = 0; g < n; g++) {
            for (int p = 0; p < n; p++) {
                total += counts[g][p];
                goldTotals[g] += counts[g][p];
                predictedTotals[p] += counts[g][p];
            }
            correct += counts[g][g];
        }
        Map<Label, PerLabel> perLabel = new EnumMap<>(Label.class);
        Map<Label, Map<Label, Integer>> confusion = new EnumMap<>(Label.class);
        double f1Sum = 0;
        for (Label l : Label.values()) {
            int tp = counts[l.ordinal()][l.ordinal()];
            double precision = ratio(tp, predictedTotals[l.ordinal()]);
            double recall = ratio(tp, goldTotals[l.ordinal()]);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.put(l, new PerLabel(precision, recall, f1, goldTotals[l.ordinal()]));
            f1Sum += f1;
            Map<Label, Integer> row = new EnumMap<>(Label.class);
            for (Label q : Label.values()) {
                row.put(q, counts[l.ordinal()][q.ordinal()]);
            }
            confusion.put(l, Collections.unmodifiableMap(row));
        }
        return new LabelScores(total, ratio(correct, total), f1Sum / n,
                Collections.unmodifiableMap(perLabel), Collections.unmodifiableMap(confusion));
    }

    /** The confusion counts as {@code [gold][predicted]} in {@link Label} order. */
    public int[][] counts() {
        int n = Label.values().length;
        int[][] out = new int[n][n];
        for (Label g : Label.values()) {
            for (Label p : Label.values()) {
                out[g.ordinal()][p.ordinal()] = confusion.get(g).get(p);
            }
        }
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
