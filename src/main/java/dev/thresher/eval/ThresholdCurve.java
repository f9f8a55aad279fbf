package dev.thresher.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall of one label when a sentence is given it exactly when the model's
 * probability of it reaches a threshold, whatever the most probable label: the trade-off a
 * {@code CleaningPolicy} threshold on P(BOILERPLATE) chooses from.
 *
 * @param label  the label
 * @param gold   how many gold sentences have it
 * @param points one point per threshold, ascending
 */
public record ThresholdCurve(String label, int gold, List<Point> points) {
    /** The thresholds: 0.05 to 0.95 in steps of 0.05. */
    public static final int STEPS = 19;

    /** Copies the list. */
    public ThresholdCurve {
        points = List.copyOf(points);
    }

    /**
     * One threshold.
     *
     * @param threshold the threshold on the label's probability
     * @param predicted how many sentences reach it
     * @param correct   how many of those have the label in gold
     * @param precision correct / predicted (NaN when nothing reaches it)
     * @param recall    correct / gold
     * @param f1        their harmonic mean
     */
    public record Point(double threshold, int predicted, int correct, double precision, double recall, double f1) {
    }

    /** The curve of {@code label} over {@code judgements} (judged by their {@code scores}). */
    public static ThresholdCurve of(String label, List<Judgement> judgements) {
        int gold = 0;
        for (Judgement j : judgements) {
            if (j.gold().equals(label)) {
                gold++;
            }
        }
        List<Point> points = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            double t = step / 20.0;
            int predicted = 0;
            int correct = 0;
            for (Judgement j : judgements) {
                if (j.score(label) >= t) {
                    predicted++;
                    if (j.gold().equals(label)) {
                        correct++;
                    }
                }
            }
            double precision = predicted == 0 ? Double.NaN : (double) correct / predicted;
            double recall = gold == 0 ? Double.NaN : (double) correct / gold;
            double f1 = predicted == 0 || gold == 0 || correct == 0 ? 0 : 2 * precision * recall / (precision + recall);
            points.add(new Point(t, predicted, correct, precision, recall, f1));
        }
        return new ThresholdCurve(label, gold, points);
    }
}
