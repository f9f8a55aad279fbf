package dev.thresher.model;

import dev.thresher.Label;
import dev.thresher.ThresherException;
import dev.thresher.features.FeatureExtractor;
import dev.thresher.segment.Sentence;
import java.util.List;

/**
 * The first stage: each sentence's label probabilities from its own features and its
 * neighbours' cues, through a bundle's sentence classifier. Immutable and thread-safe.
 */
public final class SentenceStage {
    private final LinearScorer scorer;
    private final FeatureExtractor.Encoder encoder;
    /** For each label in {@link Label} order, its index in the scorer's output (-1 if absent). */
    private final int[] labelIndex;

    /** The first stage of {@code bundle}. */
    public SentenceStage(ModelBundle bundle) {
        this.scorer = bundle.scorer();
        this.encoder = new FeatureExtractor(bundle.features()).encoder(scorer::featureId);
        List<String> names = scorer.labels();
        this.labelIndex = new int[Label.values().length];
        java.util.Arrays.fill(labelIndex, -1);
        for (int k = 0; k < names.size(); k++) {
            try {
                labelIndex[Label.valueOf(names.get(k)).ordinal()] = k;
            } catch (IllegalArgumentException e) {
                throw new ThresherException(ThresherException.Kind.MODEL, "the model predicts an unknown label '"
                        + names.get(k) + "'");
            }
        }
    }

    /** The probabilities of every sentence of one document, in {@link Label} order. */
    public double[][] probabilities(List<Sentence> sentences) {
        double[][] out = new double[sentences.size()][];
        encoder.encode(sentences, (i, ids) -> out[i] = probabilities(ids));
        return out;
    }

    /** The ids of the model's features for every sentence of one document (sorted, known only). */
    public int[][] encode(List<Sentence> sentences) {
        return encoder.encode(sentences);
    }

    /** The probabilities, in {@link Label} order, of sentences with the feature ids {@code features}. */
    public double[][] probabilities(int[][] features) {
        double[][] out = new double[features.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = probabilities(features[i]);
        }
        return out;
    }

    /** The probabilities, in {@link Label} order, of one sentence with the feature ids {@code ids}. */
    private double[] probabilities(int[] ids) {
        double[] scores = scorer.scores(ids);
        double[] p = new double[labelIndex.length];
        for (int l = 0; l < p.length; l++) {
            p[l] = labelIndex[l] < 0 ? 0.0 : scores[labelIndex[l]];
        }
        return p;
    }
}
