package dev.thresher.document;

/**
 * How the document stage was built; saved as {@code document.json} in a model bundle.
 *
 * @param version the document feature-set version; a bundle with another version is refused
 * @param folds   how many folds of documents the first stage was cross-fitted over to produce
 *                the out-of-sample probabilities the document stage was trained on
 */
public record DocumentStageConfig(int version, int folds) {
    /** The document feature-set version this code extracts. */
    public static final int CURRENT_VERSION = 1;

    /** Validates the fields. */
    public DocumentStageConfig {
        if (version != CURRENT_VERSION) {
            throw new IllegalArgumentException("document feature set version " + version
                    + " is not supported (this build extracts version " + CURRENT_VERSION + ")");
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("folds must be in 2..20, not " + folds);
        }
    }

    /** The configuration the default model is trained with. */
    public static DocumentStageConfig defaults() {
        return new DocumentStageConfig(CURRENT_VERSION, 5);
    }
}
