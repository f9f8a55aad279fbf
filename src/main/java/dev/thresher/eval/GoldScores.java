package dev.thresher.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 over any label set, as {@code score.py} of the real-world sets
 * computes them: a prediction outside the set (such as {@link Judgement#NONE}) counts against
 * recall, and macro-F1 is the mean over the labels that occur in the gold data.
 *
 * @param labels    the label set, in order
 * @param sentences how many sentences were scored
 * @param accuracy  share labelled correctly
 * @param macroF1   mean F1 of the labels with gold support
 * @param perLabel  figures per label
 * @param predicted the predicted labels, columns of {@code counts}: the label set, then any other
 * @param counts    {@code counts[gold][predicted]}
 */
public record GoldScores(List<String> labels, int sentences, double accuracy, double macroF1,
                         Map<String, LabelScores.PerLabel> perLabel, List<String> predicted, int[][] counts) {
    /** Copies the collections. */
    public GoldScores {
        labels = List.copyOf(labels);
        perLabel = Collections.unmodifiableMap(new LinkedHashMap<>(perLabel));
        predicted = List.copyOf(predicted);
    }

    /** Scores {@code judgements} over {@code labels} (gold labels outside it are added after them). */
    public static GoldScores of(List<String> labels, List<Judgement> judgements) {
        List<String> rows = new ArrayList<>(labels);
        for (Judgement j : judgements) {
            if (!rows.contains(j.gold())) {
                rows.add(j.gold());
            }
        }
        List<String> columns = new ArrayList<>(rows);
        for (Judgement j : judgements) {
            if (!columns.contains(j.predicted())) {
                columns.add(j.predicted());
            }
        }
        int[][] counts = new int[rows.size()][columns.size()];
        int correct = 0;
        for (Judgement j : judgements) {
            counts[rows.indexOf(j.gold())][columns.indexOf(j.predicted())]++;
            if (j.correct()) {
                correct++;
            }
        }
        Map<String, LabelScores.PerLabel> perLabel = new LinkedHashMap<>();
        double sum = 0;
        int present = 0;
        for (int g = 0; g < rows.size(); g++) {
            String l = rows.get(g);
            int c = columns.indexOf(l);
            int tp = counts[g][c];
            int support = 0;
            for (int p = 0; p < columns.size(); p++) {
                support += counts[g][p];
            }
            int predictedAs = 0;
            for (int[] row : counts) {
                predictedAs += row[c];
            }
            double precision = predictedAs == 0 ? 0 : (double) tp / predictedAs;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.put(l, new LabelScores.PerLabel(precision, recall, f1, support));
            if (support > 0) {
                sum += f1;
                present++;
            }
        }
        int n = judgements.size();
        return new GoldScores(rows, n, n == 0 ? 0 : (double) correct / n, present == 0 ? 0 : sum / present,
                perLabel, columns, counts);
    }
}
