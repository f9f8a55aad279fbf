package dev.thresher;

import java.util.Map;
import java.util.TreeMap;

/**
 * Hyperparameters of the linear SGD trainer (logistic loss, AdaGrad).
 *
 * @param seed         the random seed; training is deterministic for a given seed and data
 * @param epochs       passes over the training data
 * @param learningRate AdaGrad's initial learning rate
 * @param epsilon      AdaGrad's epsilon
 * @param minibatch    examples per gradient step
 * @param isolated     whether every gold sentence is also trained on as a one-sentence
 *                     document, so that sentences classified on their own (no surrounding
 *                     article) are labelled by their content rather than by their lack of context
 * @param documentFolds 0 for a model of one stage; otherwise a document stage is trained over
 *                     first-stage probabilities cross-fitted over this many folds of documents
 * @param minFeatureCount sentence-stage features seen in fewer training examples than this are
 *                     left out of the model (1 keeps every feature)
 */
public record TrainerSettings(long seed, int epochs, double learningRate, double epsilon, int minibatch,
                              boolean isolated, int documentFolds, int minFeatureCount) {
    /** Validates the ranges. */
    public TrainerSettings {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("epochs must be in 1..1000, not " + epochs);
        }
        if (!(learningRate > 0) || !(epsilon > 0)) {
            throw new IllegalArgumentException("learning rate and epsilon must be positive");
        }
        if (documentFolds != 0 && (documentFolds < 2 || documentFolds > 20)) {
            throw new IllegalArgumentException("document folds must be 0 (no document stage) or in 2..20, not "
                    + documentFolds);
        }
        if (minFeatureCount < 1) {
            throw new IllegalArgumentException("minFeatureCount must be at least 1, not " + minFeatureCount);
        }
        if (minibatch < 1) {
            throw new IllegalArgumentException("minibatch must be at least 1, not " + minibatch);
        }
    }

    /** The settings the default model is trained with. */
    public static TrainerSettings defaults() {
        return new TrainerSettings(20261122L, 20, 0.05, 0.1, 1, true, 5, 2);
    }

    /** These settings for a model of one stage (no document stage). */
    public TrainerSettings withoutDocumentStage() {
        return new TrainerSettings(seed, epochs, learningRate, epsilon, minibatch, isolated, 0, minFeatureCount);
    }

    /** The settings as name-value pairs, for the manifest. */
    public Map<String, String> asMap() {
        Map<String, String> m = new TreeMap<>();
        m.put("trainer", "LinearSGDTrainer");
        m.put("objective", "LogMulticlass");
        m.put("optimiser", "AdaGrad");
        m.put("seed", Long.toString(seed));
        m.put("epochs", Integer.toString(epochs));
        m.put("learningRate", Double.toString(learningRate));
        m.put("epsilon", Double.toString(epsilon));
        m.put("minibatch", Integer.toString(minibatch));
        m.put("isolated", Boolean.toString(isolated));
        m.put("documentFolds", Integer.toString(documentFolds));
        m.put("minFeatureCount", Integer.toString(minFeatureCount));
        return m;
    }

    /**
     * The settings written by {@link #asMap()}, for instance read back from a model's manifest.
     *
     * @throws IllegalArgumentException when a setting is missing or malformed
     */
    public static TrainerSettings fromMap(Map<String, String> map) {
        try {
            return new TrainerSettings(Long.parseLong(required(map, "seed")),
                    Integer.parseInt(required(map, "epochs")), Double.parseDouble(required(map, "learningRate")),
                    Double.parseDouble(required(map, "epsilon")), Integer.parseInt(required(map, "minibatch")),
                    Boolean.parseBoolean(required(map, "isolated")),
                    Integer.parseInt(map.getOrDefault("documentFolds", "0")),
                    Integer.parseInt(map.getOrDefault("minFeatureCount", "1")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed trainer setting: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> map, String key) {
        String value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("trainer setting '" + key + "' is missing");
        }
        return value;
    }
}
