package dev.thresher.document;

import dev.thresher.Label;
import dev.thresher.ThresherException;
import dev.thresher.model.LinearScorer;
import dev.thresher.segment.Sentence;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The second, document-level stage: relabels each sentence from the first stage's
 * probabilities for it and its neighbours and from the page's structure
 * ({@link DocumentFeatures}). Immutable and thread-safe.
 */
public final class DocumentStage {
    private final LinearScorer scorer;
    /** Local feature indices in ascending order of their model ids (Tribuo's summation order). */
    private final int[] order;
    /** The model id of each local feature in {@link #order}; -1 where the model does not know it. */
    private final int[] ids;
    /** For each label in {@link Label} order, its index in the scorer's output. */
    private final int[] labelIndex;

    /** A stage over a trained document-stage scorer. */
    public DocumentStage(LinearScorer scorer) {
        this.scorer = scorer;
        List<String> names = DocumentFeatures.names();
        int[] modelIds = names.stream().mapToInt(scorer::featureId).toArray();
        this.order = IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparingInt(k -> modelIds[k])).mapToInt(Integer::intValue).toArray();
        this.ids = Arrays.stream(order).map(k -> modelIds[k]).toArray();
        List<String> labels = scorer.labels();
        this.labelIndex = new int[Label.values().length];
        for (Label label : Label.values()) {
            int k = labels.indexOf(label.name());
            if (k < 0) {
                throw new ThresherException(ThresherException.Kind.MODEL,
                        "the document stage does not predict the label " + label);
            }
            labelIndex[label.ordinal()] = k;
        }
    }

    /**
     * The final probabilities of every sentence, in {@link Label} order, from the first stage's
     * probabilities (also in {@link Label} order).
     */
    public double[][] rescore(List<Sentence> sentences, double[][] firstStage) {
        DocumentFeatures.Page page = DocumentFeatures.page(sentences, firstStage);
        double[][] out = new double[sentences.size()][];
        double[] features = new double[DocumentFeatures.size()];
        double[] values = new double[order.length];
        for (int i = 0; i < out.length; i++) {
            Arrays.fill(features, 0.0);
            page.fill(i, features);
            out[i] = score(features, values);
        }
        return out;
    }

    /**
     * The final probabilities, in {@link Label} order, of sentences whose document-stage
     * features ({@link DocumentFeatures#extract}) are {@code features}.
     */
    public double[][] scores(double[][] features) {
        double[][] out = new double[features.length][];
        double[] values = new double[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = score(features[i], values);
        }
        return out;
    }

    /** The probabilities, in {@link Label} order, of one sentence; {@code values} is scratch space. */
    private double[] score(double[] features, double[] values) {
        for (int k = 0; k < order.length; k++) {
            values[k] = features[order[k]];
        }
        double[] scores = scorer.scores(ids, values);
        double[] inLabelOrder = new double[labelIndex.length];
        for (int l = 0; l < labelIndex.length; l++) {
            inLabelOrder[l] = scores[labelIndex[l]];
        }
        return inLabelOrder;
    }
}
