package dev.thresher.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether confidence means what it says: predictions grouped into equal-width confidence bins
 * with the observed accuracy of each, the expected calibration error, and the accuracy and
 * coverage left when predictions below a confidence threshold are abstained on.
 *
 * @param bins       the bins, lowest first (empty bins included)
 * @param ece        expected calibration error: the count-weighted mean of
 *                   |accuracy - mean confidence| over the bins
 * @param abstention one row per threshold, lowest first
 */
public record Reliability(List<Bin> bins, double ece, List<Abstention> abstention) {
    /** The default confidence thresholds for the abstention table (0: answer everything). */
    public static final double[] THRESHOLDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    /** The default number of bins. */
    public static final int BINS = 10;

    /** Copies the lists. */
    public Reliability {
        bins = List.copyOf(bins);
        abstention = List.copyOf(abstention);
    }

    /**
     * One confidence bin, {@code [lower, upper)} (the last one includes 1).
     *
     * @param meanConfidence mean confidence of its predictions (NaN when empty)
     * @param accuracy       share of them that are correct (NaN when empty)
     */
    public record Bin(double lower, double upper, int count, double meanConfidence, double accuracy) {
    }

    /**
     * Answering only when confidence is at least {@code threshold}.
     *
     * @param answered how many predictions are kept
     * @param coverage share of predictions kept
     * @param accuracy accuracy on those kept (NaN when none)
     */
    public record Abstention(double threshold, int answered, double coverage, double accuracy) {
    }

    /** The index of the bin of {@code confidence} among {@code bins} equal bins over [0, 1]. */
    static int bin(double confidence, int bins) {
        int i = (int) Math.floor(confidence * bins);
        if (i > 0 && confidence < (double) i / bins) {
            i--;
        } else if (i < bins - 1 && confidence >= (double) (i + 1) / bins) {
            i++;
        }
        return Math.max(0, Math.min(bins - 1, i));
    }

    /** The reliability of predictions with these confidences and correctness, in the default bins. */
    public static Reliability of(List<Double> confidences, List<Boolean> correct) {
        return of(confidences, correct, BINS, THRESHOLDS);
    }

    /** The reliability of predictions with these confidences and correctness. */
    public static Reliability of(List<Double> confidences, List<Boolean> correct, int binCount,
                                 double[] thresholds) {
        if (confidences.size() != correct.size()) {
            throw new IllegalArgumentException("one correctness flag per confidence expected");
        }
        int[] counts = new int[binCount];
        int[] hits = new int[binCount];
        double[] confidenceSums = new double[binCount];
        for (int i = 0; i < confidences.size(); i++) {
            int b = bin(confidences.get(i), binCount);
            counts[b]++;
            confidenceSums[b] += confidences.get(i);
            if (correct.get(i)) {
                hits[b]++;
            }
        }
        List<Bin> bins = new ArrayList<>(binCount);
        double ece = 0;
        int total = confidences.size();
        for (int b = 0; b < binCount; b++) {
            double mean = counts[b] == 0 ? Double.NaN : confidenceSums[b] / counts[b];
            double accuracy = counts[b] == 0 ? Double.NaN : (double) hits[b] / counts[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, counts[b], mean, accuracy));
            if (counts[b] > 0) {
                ece += (double) counts[b] / total * Math.abs(accuracy - mean);
            }
        }
        List<Abstention> rows = new ArrayList<>(thresholds.length);
        for (double t : thresholds) {
            int answered = 0;
            int right = 0;
            for (int i = 0; i < confidences.size(); i++) {
                if (confidences.get(i) >= t) {
                    answered++;
                    if (correct.get(i)) {
                        right++;
                    }
                }
            }
            rows.add(new Abstention(t, answered, total == 0 ? 0 : (double) answered / total,
                    answered == 0 ? Double.NaN : (double) right / answered));
        }
        return new Reliability(bins, ece, rows);
    }

    /** The reliability of the end-to-end predictions of {@code runs}, one per gold sentence. */
    public static Reliability endToEnd(List<DocumentRun> runs) {
        List<Double> confidences = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        for (DocumentRun run : runs) {
            confidences.addAll(run.endToEndConfidences());
            List<dev.thresher.Label> gold = run.gold();
            List<dev.thresher.Label> predicted = run.endToEndLabels();
            for (int i = 0; i < gold.size(); i++) {
                correct.add(gold.get(i) == predicted.get(i));
            }
        }
        return of(confidences, correct);
    }
}
