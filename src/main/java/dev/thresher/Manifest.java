package dev.thresher;

import java.util.List;
import java.util.Map;

/**
 * What a model bundle says about itself: stored as {@code manifest.json} in the bundle and
 * checked before anything else is read.
 *
 * @param format          the bundle format version
 * @param thresherVersion the Thresher version that trained it
 * @param tribuoVersion   the Tribuo version that trained it
 * @param opennlpVersion  the OpenNLP version used for segmentation and tokens
 * @param labels          the labels the model predicts
 * @param seed            the training seed
 * @param trainingData    a SHA-256 hash of the training documents
 * @param documents       how many documents it was trained on
 * @param sentences       how many sentences it was trained on
 * @param hyperparameters the trainer's settings, by name
 */
public record Manifest(int format, String thresherVersion, String tribuoVersion, String opennlpVersion,
                       List<String> labels, long seed, String trainingData, int documents, int sentences,
                       Map<String, String> hyperparameters) {
    /** The bundle format this build writes and reads. */
    public static final int FORMAT = 2;
    /** The oldest bundle format this build reads (format 1 bundles have no document stage). */
    public static final int OLDEST_FORMAT = 1;

    /** Copies the collections. */
    public Manifest {
        labels = List.copyOf(labels);
        hyperparameters = Map.copyOf(hyperparameters);
    }
}
