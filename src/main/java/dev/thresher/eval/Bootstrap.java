package dev.thresher.eval;

import dev.thresher.Label;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Percentile bootstrap over documents: documents are drawn with replacement (sentences of a
 * document are not independent, so documents are the unit), the figure is recomputed on each
 * resample, and the 2.5th and 97.5th percentiles bound a 95% interval. Seeded: the same inputs
 * give the same interval.
 */
public final class Bootstrap {
    /** Resamples drawn. */
    public static final int RESAMPLES = 1000;
    /** The fixed seed. */
    public static final long SEED = 20261122L;

    private Bootstrap() {
    }

    /** A 95% interval. */
    public record Interval(double low, double high) {
    }

    /** The confusion counts {@code [gold][predicted]} of one document. */
    public static int[][] confusion(List<Label> gold, List<Label> predicted) {
        int n = Label.values().length;
        int[][] c = new int[n][n];
        for (int i = 0; i < gold.size(); i++) {
            c[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        return c;
    }

    /** The end-to-end confusion counts of each run's document. */
    public static List<int[][]> endToEnd(List<DocumentRun> runs) {
        List<int[][]> out = new java.util.ArrayList<>(runs.size());
        for (DocumentRun run : runs) {
            out.add(confusion(run.gold(), run.endToEndLabels()));
        }
        return out;
    }

    /** A 95% interval for macro-F1, given each document's confusion counts. */
    public static Interval macroF1(List<int[][]> documents) {
        return interval(documents, null);
    }

    /**
     * A 95% interval for macro-F1 of {@code a} minus macro-F1 of {@code b}, two labellings of the
     * same documents (paired: each resample takes the same documents for both).
     */
    public static Interval macroF1Difference(List<int[][]> a, List<int[][]> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("paired bootstrap needs the same documents");
        }
        return interval(a, b);
    }

    /**
     * A 95% interval of any statistic of documents: {@code statistic} is computed on
     * {@link #RESAMPLES} resamples of {@code documents} (drawn with replacement, the same seed).
     */
    public static <T> Interval of(List<T> documents, java.util.function.ToDoubleFunction<List<T>> statistic) {
        int docs = documents.size();
        if (docs == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        Random random = new Random(SEED);
        double[] values = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            List<T> sample = new java.util.ArrayList<>(docs);
            for (int d = 0; d < docs; d++) {
                sample.add(documents.get(random.nextInt(docs)));
            }
            values[r] = statistic.applyAsDouble(sample);
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.round(0.025 * (RESAMPLES - 1))],
                values[(int) Math.round(0.975 * (RESAMPLES - 1))]);
    }

    private static Interval interval(List<int[][]> a, List<int[][]> b) {
        int docs = a.size();
        if (docs == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        Random random = new Random(SEED);
        double[] values = new double[RESAMPLES];
        int n = Label.values().length;
        for (int r = 0; r < RESAMPLES; r++) {
            int[][] sumA = new int[n][n];
            int[][] sumB = new int[n][n];
            for (int d = 0; d < docs; d++) {
                int pick = random.nextInt(docs);
                add(sumA, a.get(pick));
                if (b != null) {
                    add(sumB, b.get(pick));
                }
            }
            double value = LabelScores.fromConfusion(sumA).macroF1();
            if (b != null) {
                value -= LabelScores.fromConfusion(sumB).macroF1();
            }
            values[r] = value;
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.round(0.025 * (RESAMPLES - 1))],
                values[(int) Math.round(0.975 * (RESAMPLES - 1))]);
    }

    private static void add(int[][] sum, int[][] counts) {
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum.length; j++) {
                sum[i][j] += counts[i][j];
            }
        }
    }
}
