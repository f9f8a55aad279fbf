package dev.thresher.features;

/**
 * Finds the features of one {@link FeatureGroup} in a sentence, in the manner of OpenNLP's
 * feature generators: it reads the views computed once for the sentence and its document and
 * writes feature names, each starting with its group's prefix, to a sink. Implementations are
 * stateless and thread-safe.
 */
interface CueExtractor {
    /** The group of the features this extractor finds; it runs only when the group is enabled. */
    FeatureGroup group();

    /**
     * Adds the features of sentence {@code index} of {@code document} to {@code out}.
     *
     * @param sentence the sentence, {@code document.sentence(index)} as seen by the extractors
     */
    void extract(SentenceView sentence, DocumentView document, int index, FeatureSink out);
}
